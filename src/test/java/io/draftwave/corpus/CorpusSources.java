package io.draftwave.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns the editable sources of the default corpus's binary documents
 * ({@code src/test/resources/corpus-sources/<file name>.md}) into the files under
 * {@code corpus/}. Source syntax: first line {@code # Title}; lines {@code date: …} and
 * {@code source: …}; blocks separated by blank lines, {@code ## Heading} a heading,
 * {@code === page ===} a new PDF page, {@code === sheet: name ===} a new spreadsheet
 * sheet followed by CSV lines with a header first.
 */
final class CorpusSources {

	static final Path SOURCES = Path.of("src/test/resources/corpus-sources");

	private CorpusSources() {
	}

	/**
	 * A parsed source: title, date and source lines, blocks per page, CSV lines per
	 * sheet.
	 */
	record Source(String title, List<String> front, List<List<String>> pages, Map<String, List<String>> sheets) {

		List<String> paragraphs() {
			List<String> all = new ArrayList<>(front);
			pages.forEach(all::addAll);
			return all.stream().map(p -> p.startsWith("## ") ? p.substring(3) : p).toList();
		}

	}

	static Source read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String title = lines.get(0).replaceFirst("^# ", "").strip();
		boolean korean = Language.detect(title) == Language.KO;
		List<String> front = new ArrayList<>();
		List<List<String>> pages = new ArrayList<>(List.of(new ArrayList<>()));
		Map<String, List<String>> sheets = new LinkedHashMap<>();
		List<String> sheet = null;
		for (String line : lines.subList(1, lines.size())) {
			String l = line.strip();
			if (l.startsWith("date:") || l.startsWith("source:")) {
				String label = l.startsWith("date:") ? (korean ? "작성일" : "Date") : (korean ? "출처" : "Source");
				front.add(label + ": " + l.substring(l.indexOf(':') + 1).strip());
			}
			else if (l.equals("=== page ===")) {
				pages.add(new ArrayList<>());
			}
			else if (l.startsWith("=== sheet:")) {
				sheet = new ArrayList<>();
				sheets.put(l.substring("=== sheet:".length(), l.length() - 3).strip(), sheet);
			}
			else if (!l.isEmpty()) {
				(sheet != null ? sheet : pages.get(pages.size() - 1)).add(l);
			}
		}
		return new Source(title, front, pages, sheets);
	}

	/** The file a source stands for, e.g. {@code 민원 처리 매뉴얼.hwp.md} → HWP bytes. */
	static byte[] render(Path file) throws IOException {
		String target = file.getFileName().toString().replaceFirst("\\.md$", "");
		Source s = read(file);
		DocumentFormat format = DocumentFormat.fromFileName(target).orElseThrow();
		return switch (format) {
			case DOCX -> SampleDocuments.docx(s.title(), docxBlocks(s));
			case HWPX -> SampleDocuments.hwpx(s.title(), s.paragraphs());
			case HWP -> SampleDocuments.hwp(s.title(), s.paragraphs());
			case PDF -> SampleDocuments.pdf(pdfPages(s), s.title());
			case XLSX -> workbook(s);
			default -> throw new IllegalArgumentException("no binary rendering for " + target);
		};
	}

	private static List<String> docxBlocks(Source s) {
		List<String> blocks = new ArrayList<>(s.front());
		s.pages().forEach(page -> page.forEach(p -> blocks.add(p.startsWith("## ") ? "# " + p.substring(3) : p)));
		return blocks;
	}

	private static List<List<String>> pdfPages(Source s) {
		List<List<String>> pages = new ArrayList<>();
		for (int i = 0; i < s.pages().size(); i++) {
			List<String> page = new ArrayList<>(i == 0 ? s.front() : List.of());
			s.pages().get(i).forEach(p -> page.add(p.startsWith("## ") ? p.substring(3) : p));
			pages.add(page);
		}
		return pages;
	}

	/**
	 * One sheet per source sheet, after a first sheet holding the title, date, source and
	 * notes.
	 */
	private static byte[] workbook(Source s) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.getProperties().getCoreProperties().setTitle(s.title());
			XSSFSheet info = workbook.createSheet("문서 정보");
			List<String> about = new ArrayList<>(List.of("제목: " + s.title()));
			about.addAll(s.front());
			s.pages().forEach(about::addAll);
			info.createRow(0).createCell(0).setCellValue("항목");
			info.getRow(0).createCell(1).setCellValue("내용");
			for (int i = 0; i < about.size(); i++) {
				String line = about.get(i);
				int colon = line.indexOf(": ");
				XSSFRow row = info.createRow(i + 1);
				row.createCell(0).setCellValue(colon > 0 ? line.substring(0, colon) : "안내");
				row.createCell(1).setCellValue(colon > 0 ? line.substring(colon + 2) : line);
			}
			for (var entry : s.sheets().entrySet()) {
				XSSFSheet sheet = workbook.createSheet(entry.getKey());
				List<String> rows = entry.getValue();
				for (int r = 0; r < rows.size(); r++) {
					List<String> cells = csv(rows.get(r));
					XSSFRow row = sheet.createRow(r);
					for (int c = 0; c < cells.size(); c++) {
						String v = cells.get(c);
						if (r > 0 && v.matches("-?\\d+(\\.\\d+)?")) {
							row.createCell(c).setCellValue(Double.parseDouble(v));
						}
						else if (!v.isEmpty()) {
							row.createCell(c).setCellValue(v);
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Splits one CSV line; quotes group a field holding commas, {@code ""} is a quote.
	 */
	static List<String> csv(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}

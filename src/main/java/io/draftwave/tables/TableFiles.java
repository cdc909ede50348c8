package io.draftwave.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the tables of a CSV, TSV or XLSX file as raw tables: one for a text file, one per
 * non-empty sheet of a workbook. Text files are read as UTF-8 (a byte-order mark is
 * dropped) or, when they are not valid UTF-8, as CP949, the encoding much Korean public
 * data still ships in.
 */
final class TableFiles {

	private static final Charset CP949 = Charset.forName("x-windows-949");

	private TableFiles() {
	}

	static boolean isTableFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".xlsx") || name.endsWith(".xls");
	}

	static List<RawTable> read(String documentId, String title, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			try (InputStream in = Files.newInputStream(file)) {
				return workbook(documentId, title, in);
			}
		}
		char separator = name.endsWith(".tsv") ? '\t' : ',';
		return List.of(new RawTable(documentId, title, "file " + file.getFileName(),
				DelimitedText.parse(text(Files.readAllBytes(file)), separator)));
	}

	static String text(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(bytes, CP949);
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	static List<RawTable> workbook(String documentId, String title, InputStream in) throws IOException {
		List<RawTable> tables = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet) {
					while (rows.size() < row.getRowNum()) {
						rows.add(List.of());
					}
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
					}
					rows.add(cells);
				}
				if (rows.stream().anyMatch(r -> !r.isEmpty())) {
					tables.add(new RawTable(documentId, title + " - " + sheet.getSheetName(),
							"sheet " + sheet.getSheetName(), rows));
				}
			}
		}
		return tables;
	}

}

package io.draftwave.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads XLSX with POI XSSF. For each sheet that is not empty: a HEADING block with the
 * sheet name, then the card and the ROW blocks {@code "연도: 2024 | 참여 인원: 847"} of its
 * table ({@link DataRows}), cells formatted as Excel shows them (formulas by their cached
 * value), empty cells left out, {@code sheet} set to the sheet name. The title comes from
 * the core properties.
 */
final class XlsxParser implements DocumentParser {

	@Override
	public DocumentFormat format() {
		return DocumentFormat.XLSX;
	}

	@Override
	public ParsedDocument parse(InputStream in) {
		byte[] bytes = Streams.readAll(in, format());
		OfficeFiles.requireZip(bytes, format());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter formatter = new DataFormatter();
			formatter.setUseCachedValuesForFormulaCells(true);
			List<Block> blocks = new ArrayList<>();
			for (Sheet sheet : workbook) {
				sheet(sheet, formatter, blocks);
			}
			String title = workbook.getProperties().getCoreProperties().getTitle();
			return new ParsedDocument(title == null || title.isBlank() ? null : title.strip(), blocks);
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("not a valid XLSX file: " + Streams.reason(e), e);
		}
	}

	private static void sheet(Sheet sheet, DataFormatter formatter, List<Block> blocks) {
		String name = sheet.getSheetName();
		List<List<String>> records = new ArrayList<>();
		for (Row row : sheet) {
			records.add(values(row, formatter));
		}
		if (records.stream().anyMatch(r -> r.stream().anyMatch(c -> !c.isBlank()))) {
			blocks.add(new Block(name, Block.Kind.HEADING, null, name));
			blocks.addAll(DataRows.blocks(records, name));
		}
	}

	private static List<String> values(Row row, DataFormatter formatter) {
		List<String> values = new ArrayList<>();
		for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
			Cell cell = row.getCell(c);
			values.add(cell == null ? "" : formatter.formatCellValue(cell));
		}
		return values;
	}

}

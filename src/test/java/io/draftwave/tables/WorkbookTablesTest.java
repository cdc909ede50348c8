package io.draftwave.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet as officials make them: a title row, a merged header cell over two columns,
 * numbers as text.
 */
class WorkbookTablesTest {

	@Test
	void mergedHeaderCellsOfASheetGiveUpperAndLowerNames() throws Exception {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("자치구별");
			row(sheet, 0, "2025년 자치구별 참여 현황");
			row(sheet, 2, "자치구", "참여 인원(명)", "");
			row(sheet, 3, "", "남", "여");
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
			row(sheet, 4, "한빛구", "1,204", "998");
			XSSFRow numbers = sheet.createRow(5);
			numbers.createCell(0).setCellValue("누리구");
			numbers.createCell(1).setCellValue(875);
			numbers.createCell(2).setCellValue(901);
			row(sheet, 6, "계", "2,079", "1,899");
			workbook.write(out);
			bytes = out.toByteArray();
		}

		List<RawTable> raw = TableFiles.workbook("doc", "참여", new ByteArrayInputStream(bytes));
		ShapedTable table = TableShaper.shape(raw.getFirst());

		assertThat(raw.getFirst().origin()).isEqualTo("sheet 자치구별");
		assertThat(table.columns()).extracting(Column::name).containsExactly("자치구", "참여 인원(명) 남", "참여 인원(명) 여");
		assertThat(table.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.INTEGER);
		assertThat(table.rows().get(0)).containsExactly("한빛구", 1204L, 998L);
		assertThat(table.totals()).containsExactly(false, false, true);
	}

	private static void row(XSSFSheet sheet, int index, String... cells) {
		XSSFRow row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c]);
		}
	}

}

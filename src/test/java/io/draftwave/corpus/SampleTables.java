package io.draftwave.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.ControlType;
import kr.dogfoot.hwplib.object.bodytext.control.table.ListHeaderForCell;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds DOCX, HWPX and HWP documents holding one table with merged cells, for tests of
 * the tables found inside documents. Each format writes the merge its own way: DOCX as
 * {@code gridSpan} and {@code vMerge} on full rows, HWPX and HWP as cells with an address
 * and a span.
 */
public final class SampleTables {

	/**
	 * A cell of a table to build.
	 *
	 * @param row its top row, from 0
	 * @param column its left column, from 0
	 */
	public record Cell(int row, int column, int rowSpan, int colSpan, String text) {

		static Cell of(int row, int column, String text) {
			return new Cell(row, column, 1, 1, text);
		}

	}

	/**
	 * 분야 spans the two header rows, 2025년 the two columns below it; a total row ends the
	 * table:
	 *
	 * <pre>
	 * 분야      | 2025년        |
	 *           | 접수 건수(건) | 비율(%)
	 * 교통·주차 | 54,756        | 65.2
	 * 환경·청소 | 29,619        | -
	 * 합계      | 84,375        | 100
	 * </pre>
	 */
	public static final List<Cell> MERGED_HEADER = List.of(new Cell(0, 0, 2, 1, "분야"), new Cell(0, 1, 1, 2, "2025년"),
			Cell.of(1, 1, "접수 건수(건)"), Cell.of(1, 2, "비율(%)"), Cell.of(2, 0, "교통·주차"), Cell.of(2, 1, "54,756"),
			Cell.of(2, 2, "65.2"), Cell.of(3, 0, "환경·청소"), Cell.of(3, 1, "29,619"), Cell.of(3, 2, "-"),
			Cell.of(4, 0, "합계"), Cell.of(4, 1, "84,375"), Cell.of(4, 2, "100"));

	private SampleTables() {
	}

	/**
	 * A DOCX: a heading, then the table (on a 3-column grid, merges written as Word
	 * does).
	 */
	public static byte[] docx(String heading, List<Cell> cells) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var paragraph = document.createParagraph();
			paragraph.setStyle("Heading1");
			paragraph.createRun().setText(heading);
			int rows = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
			int columns = cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0);
			XWPFTable table = document.createTable(rows, columns);
			for (int r = 0; r < rows; r++) {
				for (int c = columns - 1; c >= 0; c--) {
					docxCell(table, cells, r, c);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void docxCell(XWPFTable table, List<Cell> cells, int r, int c) {
		XWPFTableCell target = table.getRow(r).getCell(c);
		for (Cell cell : cells) {
			boolean inRows = r >= cell.row() && r < cell.row() + cell.rowSpan();
			if (inRows && c == cell.column()) {
				CTTcPr properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr()
						: target.getCTTc().addNewTcPr();
				if (cell.colSpan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
				}
				if (cell.rowSpan() > 1) {
					properties.addNewVMerge().setVal(r == cell.row() ? STMerge.RESTART : STMerge.CONTINUE);
				}
				if (r == cell.row()) {
					target.setText(cell.text());
				}
				return;
			}
			if (inRows && c > cell.column() && c < cell.column() + cell.colSpan()) {
				table.getRow(r).removeCell(c);
				return;
			}
		}
	}

	/** An HWPX made from hwpxlib's blank file: the table, with a caption when given. */
	public static byte[] hwpx(String caption, List<Cell> cells) {
		HWPXFile file = kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make();
		SectionXMLFile section = file.sectionXMLFileList().get(0);
		Para template = section.getPara(0);
		Para para = section.addNewPara();
		para.idAnd("7")
			.paraPrIDRefAnd(template.paraPrIDRef())
			.styleIDRefAnd(template.styleIDRef())
			.pageBreakAnd(false)
			.columnBreakAnd(false)
			.merged(false);
		var run = para.addNewRun();
		run.charPrIDRef(template.getRun(0).charPrIDRef());
		Table table = run.addNewTable();
		table.idAnd("8");
		if (!caption.isEmpty()) {
			table.createCaption();
			table.caption().createSubList();
			hwpxText(table.caption().subList(), caption);
		}
		int rows = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
		table.rowCnt((short) rows);
		table.colCnt((short) cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0));
		for (int r = 0; r < rows; r++) {
			Tr tr = table.addNewTr();
			for (Cell cell : cells) {
				if (cell.row() == r) {
					Tc tc = tr.addNewTc();
					tc.createCellAddr();
					tc.cellAddr().colAddrAnd((short) cell.column()).rowAddr((short) cell.row());
					tc.createCellSpan();
					tc.cellSpan().colSpanAnd((short) cell.colSpan()).rowSpan((short) cell.rowSpan());
					tc.createSubList();
					hwpxText(tc.subList(), cell.text());
				}
			}
		}
		try {
			return HWPXWriter.toBytes(file);
		}
		catch (Exception e) {
			throw new IllegalStateException("could not write the sample HWPX", e);
		}
	}

	private static void hwpxText(SubList list, String text) {
		Para para = list.addNewPara();
		para.idAnd("0").paraPrIDRefAnd("0").styleIDRefAnd("0").pageBreakAnd(false).columnBreakAnd(false).merged(false);
		var run = para.addNewRun();
		run.charPrIDRef("0");
		run.addNewT().addText(text);
	}

	/** An HWP 5 made from hwplib's blank file: the table in its first paragraph. */
	public static byte[] hwp(List<Cell> cells) {
		HWPFile file = kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make();
		Section section = file.getBodyText().getSectionList().get(0);
		try {
			Paragraph first = section.getParagraph(0);
			if (first.getText() == null) {
				first.createText();
			}
			first.getText().addExtendCharForTable();
			ControlTable table = (ControlTable) first.addNewControl(ControlType.Table);
			int rows = cells.stream().mapToInt(c -> c.row() + c.rowSpan()).max().orElse(0);
			table.getTable().setRowCount(rows);
			table.getTable().setColumnCount(cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0));
			for (int r = 0; r < rows; r++) {
				var row = table.addNewRow();
				int count = 0;
				for (Cell cell : cells) {
					if (cell.row() == r) {
						var added = row.addNewCell();
						ListHeaderForCell header = added.getListHeader();
						header.setParaCount(1);
						header.setColIndex(cell.column());
						header.setRowIndex(cell.row());
						header.setColSpan(cell.colSpan());
						header.setRowSpan(cell.rowSpan());
						header.setFieldName("");
						hwpText(added.getParagraphList(), cell.text());
						count++;
					}
				}
				table.getTable().addCellCountOfRow(count);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			HWPWriter.toStream(file, out);
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException("could not write the sample HWP", e);
		}
	}

	private static void hwpText(ParagraphList list, String text) throws IOException {
		Paragraph paragraph = list.addNewParagraph();
		paragraph.getHeader().setLastInList(true);
		paragraph.getHeader().setCharShapeCount(1);
		paragraph.createText();
		paragraph.getText().addString(text);
		paragraph.createCharShape();
		paragraph.getCharShape().addParaCharShape(0, 0);
	}

}

package io.draftwave.corpus.format;

import java.io.UnsupportedEncodingException;
import java.util.List;

import io.draftwave.corpus.DocumentTable;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.ListHeaderForCell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import org.jspecify.annotations.Nullable;

/**
 * Finds the tables ({@code ControlTable}) in the body of an HWP 5 file and lays each out
 * on its grid: every cell's list header states its row and column index and its spans, so
 * it is placed there and the positions it covers stay blank. The title is the table's
 * caption. Tables nested in cells are found too, after the table holding them; tables in
 * text boxes, headers and footers are not looked for.
 */
final class HwpTables {

	private HwpTables() {
	}

	static List<DocumentTable> find(HWPFile file) {
		FoundTables tables = new FoundTables();
		for (Section section : file.getBodyText().getSectionList()) {
			for (Paragraph paragraph : section.getParagraphs()) {
				find(paragraph, tables);
			}
		}
		return tables.list();
	}

	private static void find(Paragraph paragraph, FoundTables tables) {
		if (paragraph.getControlList() == null) {
			return;
		}
		for (Control control : paragraph.getControlList()) {
			if (control instanceof ControlTable table) {
				tables.add(table.getCaption() == null ? null : text(table.getCaption().getParagraphList()),
						grid(table));
				for (Row row : table.getRowList()) {
					for (Cell cell : row.getCellList()) {
						for (Paragraph inner : cell.getParagraphList()) {
							find(inner, tables);
						}
					}
				}
			}
		}
	}

	static TableGrid grid(ControlTable table) {
		TableGrid grid = new TableGrid();
		for (Row row : table.getRowList()) {
			for (Cell cell : row.getCellList()) {
				ListHeaderForCell header = cell.getListHeader();
				grid.put(header.getRowIndex(), header.getColIndex(), text(cell.getParagraphList()), header.getRowSpan(),
						header.getColSpan());
			}
		}
		return grid;
	}

	private static String text(@Nullable ParagraphList paragraphs) {
		if (paragraphs == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Paragraph paragraph : paragraphs) {
			try {
				String line = paragraph.getNormalString();
				text.append(line == null ? "" : line).append(' ');
			}
			catch (UnsupportedEncodingException ex) {
				// hwplib reads UTF-16LE, which every JDK has; a paragraph it cannot
				// decode
				// is left out
			}
		}
		return text.toString().strip();
	}

}

package io.draftwave.corpus.format;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Lays a DOCX table out on its grid. Word writes every row out in full: a cell merged
 * across columns carries {@code w:gridSpan}, and the cells a vertical merge covers are
 * there as empty cells marked {@code w:vMerge} (continue), so they stay blank. Tables
 * nested in cells are found too.
 */
final class DocxTables {

	private DocxTables() {
	}

	/** Adds the table, then the tables nested in its cells. */
	static void find(XWPFTable table, @Nullable String title, FoundTables tables) {
		tables.add(title, grid(table));
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				for (XWPFTable nested : cell.getTables()) {
					find(nested, title, tables);
				}
			}
		}
	}

	static TableGrid grid(XWPFTable table) {
		TableGrid grid = new TableGrid();
		int r = 0;
		for (XWPFTableRow row : table.getRows()) {
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = properties != null && properties.isSetGridSpan()
						? properties.getGridSpan().getVal().intValue() : 1;
				grid.put(r, column, continuesMerge(properties) ? "" : cell.getText(), 1, span);
				column += TableGrid.clamp(span);
			}
			r++;
		}
		return grid;
	}

	/**
	 * A cell under the first of a vertical merge: {@code <w:vMerge/>} without "restart".
	 */
	private static boolean continuesMerge(@Nullable CTTcPr properties) {
		return properties != null && properties.isSetVMerge()
				&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
	}

}

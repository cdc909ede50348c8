package io.draftwave.corpus.format;

import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import org.jspecify.annotations.Nullable;

/**
 * Finds the tables ({@code hp:tbl}) in an HWPX paragraph's runs and lays each out on its
 * grid: every cell states its address ({@code hp:cellAddr}) and span
 * ({@code hp:cellSpan}), so it is placed there and the positions it covers stay blank.
 * The title is the table's caption. Tables nested in cells are found too, after the table
 * holding them.
 */
final class HwpxTables {

	private HwpxTables() {
	}

	static void find(Para para, FoundTables tables) {
		for (Run run : para.runs()) {
			for (RunItem item : run.runItems()) {
				if (item instanceof Table table) {
					tables.add(caption(table), grid(table));
					for (Tr tr : table.trs()) {
						for (Tc tc : tr.tcs()) {
							nested(tc.subList(), tables);
						}
					}
				}
			}
		}
	}

	static TableGrid grid(Table table) {
		TableGrid grid = new TableGrid();
		int r = 0;
		for (Tr tr : table.trs()) {
			int column = 0;
			for (Tc tc : tr.tcs()) {
				int row = tc.cellAddr() != null && tc.cellAddr().rowAddr() != null ? tc.cellAddr().rowAddr() : r;
				int col = tc.cellAddr() != null && tc.cellAddr().colAddr() != null ? tc.cellAddr().colAddr()
						: grid.free(r, column);
				int rowSpan = tc.cellSpan() != null && tc.cellSpan().rowSpan() != null ? tc.cellSpan().rowSpan() : 1;
				int colSpan = tc.cellSpan() != null && tc.cellSpan().colSpan() != null ? tc.cellSpan().colSpan() : 1;
				grid.put(row, col, text(tc.subList()), rowSpan, colSpan);
				column = col + TableGrid.clamp(colSpan);
			}
			r++;
		}
		return grid;
	}

	private static void nested(@Nullable ParaListCore paras, FoundTables tables) {
		if (paras != null) {
			for (Para para : paras.paras()) {
				find(para, tables);
			}
		}
	}

	private static @Nullable String caption(Table table) {
		return table.caption() == null ? null : text(table.caption().subList());
	}

	/** The text of a cell or caption: its paragraphs joined by spaces. */
	private static String text(@Nullable ParaListCore paras) {
		StringBuilder text = new StringBuilder();
		if (paras == null) {
			return "";
		}
		for (Para para : paras.paras()) {
			for (Run run : para.runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof T t) {
						HwpxParser.text(t, text);
					}
				}
			}
			text.append(' ');
		}
		return text.toString().strip();
	}

}

package io.draftwave.tables;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentTable;

/**
 * Turns the tables found inside a document (HTML, DOCX, HWPX, HWP) into raw tables. The
 * parsers already leave out tables of one row or one column; here a table is kept only
 * when the shaper types at least one of its columns as a number, year or date, so a table
 * of words (a glossary, a contact list, a layout grid) does not become a data table. Each
 * keeps its caption or the heading before it as its title, else
 * {@code <document title> 표 n}; its origin is {@code table n}.
 */
final class DocumentTables {

	private DocumentTables() {
	}

	static List<RawTable> raw(String documentId, String documentTitle, List<DocumentTable> found) {
		List<RawTable> tables = new ArrayList<>();
		for (DocumentTable table : found) {
			String title = table.title() != null ? table.title() : documentTitle + " 표 " + table.number();
			RawTable raw = new RawTable(documentId, title, "table " + table.number(), table.rows());
			if (hasFigures(raw)) {
				tables.add(raw);
			}
		}
		return tables;
	}

	private static boolean hasFigures(RawTable raw) {
		return TableShaper.shape(raw).columns().stream().anyMatch(column -> column.type() != ColumnType.TEXT);
	}

}

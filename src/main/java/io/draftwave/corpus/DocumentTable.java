package io.draftwave.corpus;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table found inside a document (HTML, DOCX, HWPX, HWP) as cell texts on its grid,
 * before any header, type or unit is decided. Only tables with at least two rows and two
 * columns holding text are reported: a one-row or one-column table is layout (a boxed
 * paragraph, a title bar), not data. A table nested in a cell is reported as well, after
 * the table holding it.
 *
 * @param number its position among the document's reported tables, from 1, in reading
 * order
 * @param title its caption, else the heading before it, else null
 * @param rows rows of cell texts (NFC, one line each), top to bottom, all as wide as the
 * table; a merged cell keeps its text in its first row and column and the positions it
 * covers are blank, so a header merged over two columns reads {@code ["2025년", ""]}
 */
public record DocumentTable(int number, @Nullable String title, List<List<String>> rows) {

	public DocumentTable {
		if (number < 1) {
			throw new IllegalArgumentException("a table number starts at 1: " + number);
		}
		rows = rows.stream().map(List::copyOf).toList();
	}

}

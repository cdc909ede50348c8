package io.draftwave.tables;

import java.util.List;
import java.util.Objects;

/**
 * A table as a parser finds it: rows of cell texts, before any header, type or unit is
 * decided. Every format hands tables over in this form (CSV and XLSX here; HTML, DOCX,
 * HWPX and HWP tables from their parsers).
 *
 * @param documentId the document the table belongs to; its tables are replaced or removed
 * with it
 * @param title a human title, such as the document title or the sheet name
 * @param origin where in the document the table was found, such as {@code sheet 과정별 실적}
 * or {@code table 2}; shown with the table's card
 * @param cells rows of cells, top to bottom; rows may have different lengths and cells
 * may be blank (a merged cell is blank except in its first row or column)
 */
public record RawTable(String documentId, String title, String origin, List<List<String>> cells) {

	public RawTable {
		Objects.requireNonNull(documentId, "documentId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(origin, "origin");
		cells = cells.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
	}

}

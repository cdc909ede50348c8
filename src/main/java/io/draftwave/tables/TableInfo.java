package io.draftwave.tables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored table's description.
 *
 * @param tableId the table's id, stable for the same document and position
 * @param documentId the document the table came from
 * @param title the table's title
 * @param origin where in the document it was found
 * @param rows the number of data rows, total rows included
 * @param totalRows the number of rows recognised as totals ({@code 합계}, {@code 계},
 * {@code 소계}, {@code Total}); analyses leave them out unless the question asks for the
 * whole
 * @param columns the columns in order
 */
public record TableInfo(String tableId, String documentId, String title, String origin, long rows, long totalRows,
		List<Column> columns) {

	public TableInfo {
		Objects.requireNonNull(tableId, "tableId");
		columns = List.copyOf(columns);
	}

	/** The column with this exact name. */
	public Optional<Column> column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	/** The first column holding years or dates, which analyses over time use. */
	public Optional<Column> periodColumn() {
		return columns.stream()
			.filter(c -> c.type() == ColumnType.YEAR)
			.findFirst()
			.or(() -> columns.stream().filter(c -> c.type() == ColumnType.DATE).findFirst());
	}

}

package io.draftwave.tables;

import java.util.List;

/**
 * A raw table with its header found, its columns typed and its cells read: each value is
 * a {@link Long}, {@link Double}, {@link java.time.LocalDate}, {@link Integer} (a year),
 * {@link String} or null when missing.
 */
record ShapedTable(RawTable raw, List<Column> columns, List<Object[]> rows, List<Boolean> totals) {

	long totalCount() {
		return totals.stream().filter(Boolean::booleanValue).count();
	}

}

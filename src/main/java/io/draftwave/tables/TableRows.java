package io.draftwave.tables;

import java.util.List;

/**
 * A page of a table's rows.
 *
 * @param table the table
 * @param offset the number of rows skipped
 * @param rowNumbers the data row number (from 1) of each row
 * @param totals whether each row is a total row
 * @param rows the rows' values in column order ({@link Long}, {@link Double},
 * {@link Integer} for years, {@link java.time.LocalDate}, {@link String}, or null when
 * missing)
 */
public record TableRows(TableInfo table, long offset, List<Integer> rowNumbers, List<Boolean> totals,
		List<List<Object>> rows) {

}

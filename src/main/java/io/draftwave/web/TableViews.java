package io.draftwave.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.draftwave.tables.Column;
import io.draftwave.tables.TableCard;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.TableRows;
import org.jspecify.annotations.Nullable;

/** The tables as the API shows them. */
final class TableViews {

	private TableViews() {
	}

	/**
	 * A column.
	 *
	 * @param name the header as shown, unit included ({@code 접수 건수(건)})
	 * @param type integer, decimal, date, year or text
	 * @param unit the unit from the header ({@code 건}, {@code %}), or empty
	 */
	record ColumnView(String name, String type, String unit) {

		static ColumnView of(Column column) {
			return new ColumnView(column.name(), column.type().name().toLowerCase(Locale.ROOT), column.unit());
		}

	}

	/**
	 * A table in the list.
	 *
	 * @param rows the number of data rows, total rows included
	 * @param url the table with its card facts
	 */
	record TableView(String tableId, String documentId, String title, long rows, List<ColumnView> columns, String url) {

		static TableView of(TableInfo table) {
			return new TableView(table.tableId(), table.documentId(), table.title(), table.rows(),
					table.columns().stream().map(ColumnView::of).toList(), Links.table(table.tableId()));
		}

	}

	/** The list of {@code GET /api/tables}, by document and position in the document. */
	record TableList(List<TableView> tables) {
	}

	/**
	 * A column with what the table holds in it.
	 *
	 * @param range smallest and largest value of a number, year or date column
	 * @param values the distinct values of a category column, in first-seen order, totals
	 * included; absent for a text column with too many values to be a category
	 */
	record ColumnFacts(String name, String label, String type, String unit, @Nullable List<Object> range,
			@Nullable List<String> values) {

		static ColumnFacts of(Column column, TableCard card) {
			return new ColumnFacts(column.name(), column.label(), column.type().name().toLowerCase(Locale.ROOT),
					column.unit(), card.ranges().get(column.name()), card.values().get(column.name()));
		}

	}

	/**
	 * One table with its card facts.
	 *
	 * @param origin where in the document it was found
	 * @param totalRows how many rows are totals ({@code 합계}, {@code 계}), which analyses
	 * leave out unless the question asks for the whole
	 * @param document the document's record
	 * @param rowsUrl its rows, first page
	 */
	record TableDetail(String tableId, String documentId, String title, String origin, long rows, long totalRows,
			List<ColumnFacts> columns, String document, String rowsUrl) {

		static TableDetail of(TableCard card) {
			TableInfo table = card.table();
			return new TableDetail(table.tableId(), table.documentId(), table.title(), table.origin(), table.rows(),
					table.totalRows(), table.columns().stream().map(c -> ColumnFacts.of(c, card)).toList(),
					Links.document(table.documentId()), Links.tableRows(table.tableId()));
		}

	}

	/**
	 * A row of a page.
	 *
	 * @param row the data row number, from 1, as analyses' {@code sourceRows} name it
	 * @param total whether the row is a total row
	 * @param values the values in column order; numbers, dates as {@code yyyy-MM-dd},
	 * text or null when missing
	 */
	record RowView(int row, boolean total, List<@Nullable Object> values) {
	}

	/**
	 * A page of rows.
	 *
	 * @param rowCount the table's number of rows
	 */
	record RowsPage(String tableId, String title, long offset, int limit, long rowCount, List<ColumnView> columns,
			List<RowView> rows) {

		static RowsPage of(TableRows page, int limit) {
			TableInfo table = page.table();
			List<RowView> rows = new ArrayList<>();
			for (int i = 0; i < page.rows().size(); i++) {
				rows.add(new RowView(page.rowNumbers().get(i), page.totals().get(i), page.rows().get(i)));
			}
			return new RowsPage(table.tableId(), table.title(), page.offset(), limit, table.rows(),
					table.columns().stream().map(ColumnView::of).toList(), rows);
		}

	}

}

package io.draftwave.tables;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a table holds, in a few lines a person or a search index can read: its title and
 * document, each column with type and unit, value ranges of numbers, years and dates, and
 * the distinct values of category columns (those with at most
 * {@value #MAX_CATEGORY_VALUES} values).
 *
 * @param table the table
 * @param values distinct values of each category column, in first-seen order, totals
 * included
 * @param ranges smallest and largest value of each number, year or date column
 */
public record TableCard(TableInfo table, Map<String, List<String>> values, Map<String, List<Object>> ranges) {

	/**
	 * A text column with more distinct values than this is not a category (names, codes).
	 */
	public static final int MAX_CATEGORY_VALUES = 60;

	public TableCard {
		Objects.requireNonNull(table, "table");
		values = Map.copyOf(values);
		ranges = Map.copyOf(ranges);
	}

	/** The card as text, Korean labels first; one line per column. */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append("표: ").append(table.title()).append('\n');
		text.append("문서: ").append(table.documentId()).append(" (").append(table.origin()).append(")\n");
		text.append("행: ").append(table.rows());
		if (table.totalRows() > 0) {
			text.append(" (합계 행 ").append(table.totalRows()).append(')');
		}
		text.append('\n');
		for (Column column : table.columns()) {
			text.append("- ").append(column.name()).append(" [").append(column.type().name().toLowerCase());
			if (!column.unit().isEmpty()) {
				text.append(", ").append(column.unit());
			}
			text.append(']');
			List<Object> range = ranges.get(column.name());
			if (range != null && range.size() == 2) {
				text.append(' ').append(Numbers.plain(range.get(0))).append(" ~ ").append(Numbers.plain(range.get(1)));
			}
			List<String> distinct = values.get(column.name());
			if (distinct != null) {
				text.append(": ").append(distinct.stream().limit(30).collect(Collectors.joining(", ")));
				if (distinct.size() > 30) {
					text.append(" 외 ").append(distinct.size() - 30).append('개');
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

}

package io.draftwave.tables;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The result of a plan on a table, with everything needed to cite it.
 *
 * @param question the question as asked (the plan's description when a plan was run
 * directly)
 * @param table the table read
 * @param plan the plan run
 * @param description the plan in words, in the requested language
 * @param statement one sentence stating the result, ready for a draft
 * @param figures the numbers the statement states, rounded as shown, in the order stated
 * @param columns the result's column names
 * @param rows the result's rows
 * @param sourceRows the data row numbers (from 1, as in {@link Tables#rows}) the result
 * was computed from, ascending; at most {@value #MAX_SOURCE_ROWS}
 * @param sourceRowCount how many rows the result was computed from
 * @param sql the SQL that computed the result (values as {@code ?})
 * @param parameters the values bound to the SQL's {@code ?}, in order
 * @param chart the values to draw, or null when the result has fewer than two values
 */
public record Analysis(String question, TableInfo table, Plan plan, String description, String statement,
		List<Double> figures, List<String> columns, List<List<Object>> rows, List<Integer> sourceRows,
		long sourceRowCount, String sql, List<Object> parameters, ChartData chart) implements Answer {

	/** Source rows listed at most; {@link #sourceRowCount()} counts all. */
	public static final int MAX_SOURCE_ROWS = 1000;

	public Analysis {
		Objects.requireNonNull(plan, "plan");
		figures = List.copyOf(figures);
		columns = List.copyOf(columns);
		rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
		sourceRows = List.copyOf(sourceRows);
		parameters = List.copyOf(parameters);
	}

	/**
	 * A value of {@link #rows()} written as the statement writes numbers: {@code 54756.0}
	 * → {@code 54,756}, {@code 89.2} → {@code 89.2}, the year {@code 2025} →
	 * {@code 2025}; text as it is, a missing value as {@code -}.
	 */
	public static String format(@Nullable Object value) {
		return Numbers.plain(value);
	}

}

package io.draftwave.tables;

import java.util.List;
import java.util.Objects;

/**
 * A {@link Plan} as proposed from outside this package (by a language model), before it
 * is checked: every field is plain text or a number as it was read, so that the check,
 * not the reader, decides what is wrong with it. Fields an operation does not use are
 * empty text, 0 or false. Nothing in a proposal is SQL: names are matched against the
 * table's columns and values against the column's values; what does not match is refused.
 *
 * <p>
 * Worked example: {@code operation=rank, tableId=t1, measure=접수 건수, category=분야,
 * function=SUM, limit=3, highest=true, filters=[연도 EQUALS 2025]} becomes
 * {@code Plan.Rank(t1, 접수 건수, 분야, SUM, 3, true, [연도 = 2025])} once every name and value
 * is found in table {@code t1}.
 *
 * @param operation one of {@code aggregate}, {@code rank}, {@code change}, {@code share},
 * {@code trend}
 * @param tableId the table's id, one of the candidate tables
 * @param measure the column the figures come from
 * @param function {@code SUM}, {@code AVERAGE}, {@code COUNT}, {@code MIN} or {@code MAX}
 * (aggregate, rank, change, trend)
 * @param rows {@code DETAIL} or {@code TOTALS} (aggregate, change, trend)
 * @param category the column to rank by (rank) or take the share of (share)
 * @param value the category value whose share is asked (share)
 * @param period the year or date column (change, trend)
 * @param limit how many places (rank), 1 to {@value #MAX_PLACES}
 * @param highest highest first, else lowest first (rank)
 * @param from the earlier year (change)
 * @param to the later year (change)
 * @param filters conditions on the rows, at most {@value #MAX_FILTERS}
 */
public record PlanProposal(String operation, String tableId, String measure, String function, String rows,
		String category, String value, String period, int limit, boolean highest, int from, int to,
		List<Condition> filters) {

	/** The most places a proposed rank may ask for. */
	public static final int MAX_PLACES = 50;

	/** The most conditions a proposal may carry. */
	public static final int MAX_FILTERS = 5;

	/**
	 * A proposed condition on one column.
	 *
	 * @param column the column's name
	 * @param kind {@code EQUALS}, {@code BETWEEN} or {@code YEAR} (see
	 * {@link Filter.Kind})
	 * @param value the value, or the lower bound of {@code BETWEEN}, as text
	 * @param upTo the upper bound of {@code BETWEEN}, else empty
	 */
	public record Condition(String column, String kind, String value, String upTo) {

		public Condition {
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(upTo, "upTo");
		}

	}

	public PlanProposal {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(tableId, "tableId");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(function, "function");
		Objects.requireNonNull(rows, "rows");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(period, "period");
		filters = List.copyOf(filters);
	}

}

package io.draftwave.tables;

import java.util.List;
import java.util.Objects;

/**
 * An analysis of one table in a closed plan language. Draftwave turns a plan into SQL
 * itself (quoted identifiers, bound values, a read-only connection); nothing outside this
 * package writes SQL. Column names are checked against the table before anything runs.
 */
public sealed interface Plan {

	/** The table the plan reads. */
	String tableId();

	/** Conditions every row used must meet. */
	List<Filter> filters();

	/** How several values are combined. */
	enum Function {

		SUM, AVERAGE, COUNT, MIN, MAX

	}

	/** Which rows are read: the ordinary rows, or only the rows recognised as totals. */
	enum Rows {

		DETAIL, TOTALS

	}

	/** One value: the function over the measure of the filtered rows. */
	record Aggregate(String tableId, String measure, Function function, Rows rows,
			List<Filter> filters) implements Plan {

		public Aggregate {
			filters = List.copyOf(filters);
			Objects.requireNonNull(measure, "measure");
		}

	}

	/**
	 * The first {@code limit} categories by the function over the measure, highest or
	 * lowest first.
	 */
	record Rank(String tableId, String measure, String category, Function function, int limit, boolean highest,
			List<Filter> filters) implements Plan {

		public Rank {
			filters = List.copyOf(filters);
			if (limit < 1) {
				throw new IllegalArgumentException("a rank needs at least one place");
			}
		}

	}

	/**
	 * The measure in two periods (years of the period column), with the absolute and
	 * relative change.
	 */
	record Change(String tableId, String measure, String period, int from, int to, Function function, Rows rows,
			List<Filter> filters) implements Plan {

		public Change {
			filters = List.copyOf(filters);
		}

	}

	/**
	 * The part of the measure's total that the rows where {@code category = value} make
	 * up.
	 */
	record Share(String tableId, String measure, String category, String value, List<Filter> filters) implements Plan {

		public Share {
			filters = List.copyOf(filters);
		}

	}

	/**
	 * The measure per year of the period column, with its direction and average yearly
	 * change.
	 */
	record Trend(String tableId, String measure, String period, Function function, Rows rows,
			List<Filter> filters) implements Plan {

		public Trend {
			filters = List.copyOf(filters);
		}

	}

}

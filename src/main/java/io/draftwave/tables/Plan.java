package io.draftwave.tables;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An analysis of one table in a closed plan language. Draftwave turns a plan into SQL
 * itself (quoted identifiers, bound values, a read-only connection); nothing outside this
 * package writes SQL. Column names are checked against the table before anything runs.
 * One variant, {@link Computed}, is no SQL at all: it records a computation another
 * capability made in Java over the table's rows (complaint topics, repeat clusters), so
 * its result is kept, cited and drawn like any other; {@link Analyses#run} refuses it.
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

	/**
	 * A computation done outside SQL by another capability over the rows of the table
	 * that meet the filters, named by its method and parameters, e.g.
	 * {@code Computed("t1", "complaints.topics", {period=quarter, terms=5}, [접수일
	 * 2025-01-01~2025-12-31])}. It only records how a result was made: nothing in this
	 * package runs it ({@code PlanSql} and {@link Analyses#run} refuse it), and the
	 * capability that computed it builds the {@link Analysis}.
	 *
	 * @param tableId the table read
	 * @param method what was computed, prefixed by its capability
	 * ({@code complaints.hotspots})
	 * @param parameters the method's settings as text, kept sorted by name so the plan
	 * (and the analysis id derived from it) is the same from run to run
	 * @param filters the conditions every row used met
	 */
	record Computed(String tableId, String method, Map<String, String> parameters,
			List<Filter> filters) implements Plan {

		public Computed {
			Objects.requireNonNull(tableId, "tableId");
			Objects.requireNonNull(method, "method");
			parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
			filters = List.copyOf(filters);
		}

	}

}

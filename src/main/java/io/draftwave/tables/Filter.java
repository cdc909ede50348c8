package io.draftwave.tables;

import java.util.Objects;

/**
 * A condition on one column of a plan's table.
 *
 * @param column the column's name, as in {@link Column#name()}
 * @param kind how the value is compared
 * @param value the value (a {@link String}, {@link Long}, {@link Double}, {@link Integer}
 * year or {@link java.time.LocalDate}); for {@link Kind#BETWEEN} the lower bound
 * @param upTo the upper bound of {@link Kind#BETWEEN} (inclusive), otherwise null
 */
public record Filter(String column, Kind kind, Object value, Object upTo) {

	/** How a filter compares. */
	public enum Kind {

		/** The column equals the value. */
		EQUALS,
		/** The column lies between value and upTo, both included. */
		BETWEEN,
		/** The year of a date column (or a year column) equals the value. */
		YEAR

	}

	public Filter {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
		if ((kind == Kind.BETWEEN) != (upTo != null)) {
			throw new IllegalArgumentException("only a BETWEEN filter has an upper bound");
		}
	}

	public static Filter equalTo(String column, Object value) {
		return new Filter(column, Kind.EQUALS, value, null);
	}

	public static Filter between(String column, Object from, Object upTo) {
		return new Filter(column, Kind.BETWEEN, from, upTo);
	}

	public static Filter year(String column, int year) {
		return new Filter(column, Kind.YEAR, year, null);
	}

}

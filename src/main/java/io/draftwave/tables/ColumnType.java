package io.draftwave.tables;

/** The type of a table column, decided from all of its non-missing cells. */
public enum ColumnType {

	/** Whole numbers, such as {@code 54,756} or {@code "412"} stored as text. */
	INTEGER,
	/** Numbers with a fraction, such as {@code 28.4}. */
	DECIMAL,
	/** Calendar dates, such as {@code 2025-03-17} or {@code 2025.03.17}. */
	DATE,
	/**
	 * Years from 1900 to 2100 in a column named like a year ({@code 연도}, {@code year}) or
	 * {@code 2025년}.
	 */
	YEAR,
	/** Everything else: categories, names, codes. */
	TEXT;

	/** Whether values of this type can be summed, averaged and ranked. */
	public boolean isNumeric() {
		return this == INTEGER || this == DECIMAL;
	}

}

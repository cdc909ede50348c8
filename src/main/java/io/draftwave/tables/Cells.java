package io.draftwave.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell's text as a value. Worked examples: {@code "54,756"} → 54756,
 * {@code " 1,234.5 "} → 1234.5, {@code "-"}, {@code "—"}, {@code ""} → missing,
 * {@code "2025.03.17"} and {@code "2025-03-17"} → a date, {@code "2025년"} → year 2025,
 * {@code "12%"} → 12 (the unit belongs to the header), {@code "1,2"} → not a number (a
 * comma must group three digits).
 */
final class Cells {

	private static final Set<String> MISSING = Set.of("", "-", "—", "–", "N/A", "n/a", "NA", "…", "...", "x", "X");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?");

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})년?");

	private Cells() {
	}

	static String clean(String cell) {
		return cell.replace('\u00A0', ' ').strip();
	}

	static boolean isMissing(String cell) {
		return MISSING.contains(clean(cell));
	}

	/** The number in the cell, or null; a trailing {@code %} or {@code 원} is allowed. */
	static BigDecimal number(String cell) {
		String text = clean(cell);
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (!NUMBER.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text.replace(",", ""));
	}

	static LocalDate date(String cell) {
		Matcher m = DATE.matcher(clean(cell));
		if (!m.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/** The year in a cell such as {@code 2025} or {@code 2025년}, or null. */
	static Integer year(String cell) {
		Matcher m = YEAR.matcher(clean(cell));
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

}

package io.draftwave.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads one cell's text as a value. Worked examples: {@code "54,756"} → 54756,
 * {@code " 1,234.5 "} → 1234.5, {@code "-"}, {@code "—"}, {@code ""} → missing,
 * {@code "2025.03.17"} and {@code "2025-03-17"} → a date, {@code "2025년"} → year 2025,
 * {@code "12%"} → 12 (the unit belongs to the header), {@code "1,2"} → not a number (a
 * comma must group three digits). A number may carry a counter or unit after it
 * ({@link #amount}): {@code "352명"} → 352 명, {@code "300만 원"} → 3,000,000 원,
 * {@code "1억 2,000만 원"} → 120,000,000 원.
 */
final class Cells {

	private static final Set<String> MISSING = Set.of("", "-", "—", "–", "N/A", "n/a", "NA", "…", "...", "x", "X");

	/** A number as written: a comma groups three digits, a point starts the decimals. */
	private static final String NUMBER_TEXT = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

	private static final Pattern NUMBER = Pattern.compile(NUMBER_TEXT);

	/** 만 (10^4), 억 (10^8), 조 (10^12), optionally times 십, 백 or 천; or 천 alone. */
	private static final String MULTIPLIER = "[십백천]?[만억조]|천";

	private static final Pattern PART = Pattern.compile("(" + NUMBER_TEXT + ")\\s*(" + MULTIPLIER + ")\\s*");

	private static final Pattern AMOUNT = Pattern
		.compile("((?:" + NUMBER_TEXT + "\\s*(?:" + MULTIPLIER + ")\\s*)*)(" + NUMBER_TEXT + ")?\\s*([가-힣]{1,3}|%)?");

	/**
	 * Words after a number that name a thing rather than count it: a month, an hour of
	 * the day, a round, a number plate, an age band ({@code 20대}), a floor, a rank.
	 */
	private static final Set<String> NOT_UNITS = Set.of("월", "시", "차", "호", "번", "동", "대", "층", "위", "등");

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
		return plain(text);
	}

	/**
	 * A number as written in a cell, scaled by its Korean multipliers, with the counter
	 * or unit after it: {@code "352명"} → (352, 명), {@code "5.6일"} → (5.6, 일),
	 * {@code "12.5%"} → (12.5, %), {@code "300만 원"} → (3000000, 원), {@code "1,380만"} →
	 * (13800000, no unit), {@code "54,756"} → (54756, no unit).
	 *
	 * @param value the number, multipliers applied
	 * @param unit the word after the number, or empty
	 */
	record Amount(BigDecimal value, String unit) {

		/**
		 * This amount in a column's unit, or null when it is in another unit. A number
		 * without a unit is in the column's unit; {@code 3,000,000원} in a column of
		 * {@code 만 원} is 300.
		 */
		@Nullable BigDecimal in(String columnUnit) {
			if (unit.isEmpty() && !columnUnit.isEmpty()) {
				return value;
			}
			String column = columnUnit.replace(" ", "");
			if (!column.endsWith(unit)) {
				return null;
			}
			Integer exponent = exponent(column.substring(0, column.length() - unit.length()));
			return exponent == null ? null : value.movePointLeft(exponent);
		}

	}

	/**
	 * The cell as an {@link Amount}, or null when it is not a number with at most a unit
	 * after it; a number with a leading zero ({@code 012명}) is a code, and a word in
	 * {@code NOT_UNITS} ({@code 3월}, {@code 20대}) is no unit.
	 */
	static @Nullable Amount amount(String cell) {
		String text = clean(cell);
		Matcher m = AMOUNT.matcher(text);
		if (!m.matches() || (m.group(1).isEmpty() && m.group(2) == null)
				|| (text.length() > 1 && text.startsWith("0") && Character.isDigit(text.charAt(1)))) {
			return null;
		}
		String unit = m.group(3) == null ? "" : m.group(3);
		if (NOT_UNITS.contains(unit)) {
			return null;
		}
		BigDecimal value = m.group(2) == null ? BigDecimal.ZERO : plain(m.group(2));
		Matcher part = PART.matcher(m.group(1));
		while (part.find()) {
			value = value.add(plain(part.group(1)).movePointRight(exponent(part.group(2))));
		}
		return new Amount(value, unit);
	}

	private static BigDecimal plain(String number) {
		return new BigDecimal(number.replace(",", ""));
	}

	/**
	 * The power of ten a run of multipliers stands for ({@code 백만} → 6), 0 for none, null
	 * when the text is not made of multipliers.
	 */
	private static @Nullable Integer exponent(String multipliers) {
		int exponent = 0;
		for (char c : multipliers.toCharArray()) {
			switch (c) {
				case '십' -> exponent += 1; // 십 U+C2ED
				case '백' -> exponent += 2; // 백 U+BC31
				case '천' -> exponent += 3; // 천 U+CC9C
				case '만' -> exponent += 4; // 만 U+B9CC
				case '억' -> exponent += 8; // 억 U+C5B5
				case '조' -> exponent += 12; // 조 U+C870
				default -> {
					return null;
				}
			}
		}
		return exponent;
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

package io.draftwave.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats figures the way a Korean public document writes them: {@code 54756} →
 * {@code 54,756}, {@code 3.4246} → {@code 3.4} (one decimal for percentages),
 * {@code 28.40} → {@code 28.4}. Rounding is half-up, as in official statistics.
 */
final class Numbers {

	private Numbers() {
	}

	static String grouped(double value, int decimals) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(rounded);
	}

	/**
	 * A value for display: numbers grouped with up to two decimals, other values as text.
	 */
	static String plain(Object value) {
		return switch (value) {
			case null -> "-";
			case Long l -> grouped(l, 0);
			case Double d -> grouped(d, 2);
			case Integer i -> Integer.toString(i);
			default -> value.toString();
		};
	}

	static double rounded(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

}

package io.draftwave.complaints;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One parameter of a {@link ComplaintAnalysis}: a whole number or a decimal in
 * {@code [min, max]}, or one of a few words. {@code terms} of {@code topics} is a whole
 * number from 1 to 30, 5 when not given; {@code period} is {@code quarter} or
 * {@code year}.
 *
 * @param name the name, as in the request ({@code minZ})
 * @param kind what its values are
 * @param defaultValue the value taken when the request gives none, as text
 * @param min the least number allowed (numbers only)
 * @param max the largest number allowed (numbers only)
 * @param choices the words allowed (choices only), else empty
 */
public record ComplaintParameter(String name, Kind kind, String defaultValue, double min, double max,
		List<String> choices) {

	/** What a parameter's values are. */
	public enum Kind {

		/** A whole number. */
		WHOLE,
		/** A number, fractions allowed. */
		DECIMAL,
		/** One of the listed words. */
		CHOICE

	}

	public ComplaintParameter {
		choices = List.copyOf(choices);
	}

	static ComplaintParameter whole(String name, int defaultValue, int min, int max) {
		return new ComplaintParameter(name, Kind.WHOLE, Integer.toString(defaultValue), min, max, List.of());
	}

	static ComplaintParameter decimal(String name, double defaultValue, double min, double max) {
		return new ComplaintParameter(name, Kind.DECIMAL, plain(defaultValue), min, max, List.of());
	}

	static ComplaintParameter choice(String name, String defaultValue, List<String> choices) {
		return new ComplaintParameter(name, Kind.CHOICE, defaultValue, 0, 0, choices);
	}

	/** What is allowed, in words: {@code a whole number from 1 to 30}. */
	public String allowed() {
		return switch (kind) {
			case WHOLE -> "a whole number from " + (long) min + " to " + (long) max;
			case DECIMAL -> "a number from " + plain(min) + " to " + plain(max);
			case CHOICE -> "one of " + String.join(", ", choices);
		};
	}

	/**
	 * The value checked and written plainly ({@code 5}, {@code 0.75}, {@code year}).
	 * @throws ComplaintQueryException when it is not allowed
	 */
	String check(@Nullable Object value) {
		String text = value == null ? "" : value.toString().strip();
		if (kind == Kind.CHOICE) {
			String word = text.toLowerCase(Locale.ROOT);
			if (!choices.contains(word)) {
				throw new ComplaintQueryException(name, text, this);
			}
			return word;
		}
		double number;
		try {
			number = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new ComplaintQueryException(name, text, this);
		}
		if (Double.isNaN(number) || number < min || number > max || kind == Kind.WHOLE && number != Math.rint(number)) {
			throw new ComplaintQueryException(name, text, this);
		}
		return kind == Kind.WHOLE ? Long.toString((long) number) : plain(number);
	}

	private static String plain(double number) {
		return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
	}

}

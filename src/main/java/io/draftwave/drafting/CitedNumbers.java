package io.draftwave.drafting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The numbers of the sources a sentence cites, to tell whether the sentence's numbers are
 * theirs. Thousands separators are ignored: "1,000건" matches "1000건", "54756건" matches
 * "54,756건". A number matches where it stands alone in a source: 84 is not in 847, 4 is
 * not in 3.4. A computed figure may also be rounded: "3%" and "3.4%" both match a figure
 * source's 3.4, "89%" matches 89.2 (half-up, as in official statistics), but "3.5%" does
 * not match 3.4. A passage's numbers are matched as written, since a passage may state a
 * rounded figure on purpose.
 */
final class CitedNumbers {

	/** A list item's own number or bullet, "3. " or "- ", which is no figure. */
	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[-*•·])\\s+");

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

	private final String all;

	private final List<BigDecimal> figures = new ArrayList<>();

	/** The numbers of these cited sources (titles included). */
	CitedNumbers(List<NumberedSource> cited) {
		StringBuilder text = new StringBuilder();
		for (NumberedSource s : cited) {
			text.append(s.title()).append('\n').append(s.text()).append('\n');
			if (s.isFigure()) {
				Matcher m = NUMBER.matcher(s.text());
				while (m.find()) {
					figures.add(new BigDecimal(m.group().replace(",", "")));
				}
			}
		}
		this.all = text.toString().replace(",", "");
	}

	/** The first number of the sentence none of the cited sources holds, or null. */
	@Nullable String missingFrom(String sentence) {
		Matcher m = NUMBER.matcher(LIST_ITEM.matcher(sentence).replaceFirst(""));
		while (m.find()) {
			if (!holds(m.group().replace(",", ""))) {
				return m.group();
			}
		}
		return null;
	}

	/**
	 * Whether the sentence states a number of a cited figure other than a year (1900–2100
	 * without separators or decimals): such a sentence is a figure sentence.
	 */
	boolean statesFigure(String sentence) {
		Matcher m = NUMBER.matcher(LIST_ITEM.matcher(sentence).replaceFirst(""));
		while (m.find()) {
			String number = m.group().replace(",", "");
			if (!isYear(m.group()) && matchesFigure(number)) {
				return true;
			}
		}
		return false;
	}

	private boolean holds(String number) {
		return containsNumber(all, number) || matchesFigure(number);
	}

	/**
	 * The number equals a figure, or a figure rounded half-up to the number's decimals.
	 */
	private boolean matchesFigure(String number) {
		BigDecimal value = new BigDecimal(number);
		for (BigDecimal figure : figures) {
			if (figure.compareTo(value) == 0 || figure.scale() > value.scale()
					&& figure.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP).compareTo(value) == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isYear(String number) {
		if (!number.matches("\\d{4}")) {
			return false;
		}
		int year = Integer.parseInt(number);
		return year >= 1900 && year <= 2100;
	}

	/**
	 * True when {@code figure} occurs in {@code text} not as part of a longer number: 84
	 * is not in 847, 4 is not in 3.4.
	 */
	static boolean containsNumber(String text, String figure) {
		int from = 0;
		while (true) {
			int at = text.indexOf(figure, from);
			if (at < 0) {
				return false;
			}
			int end = at + figure.length();
			boolean startsClean = at == 0 || !Character.isDigit(text.charAt(at - 1))
					&& !(text.charAt(at - 1) == '.' && at >= 2 && Character.isDigit(text.charAt(at - 2)));
			boolean endsClean = end == text.length() || !Character.isDigit(text.charAt(end))
					&& !(text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
			if (startsClean && endsClean) {
				return true;
			}
			from = at + 1;
		}
	}

}

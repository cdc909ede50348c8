package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citation markers in a complete text.
 * <p>
 * A marker is an opening bracket ({@code [} or the full-width {@code ［}), one or more
 * numbers of one to three digits separated by commas (with or without spaces) or by
 * spaces, and a closing bracket ({@code ]} or {@code ］}); up to two spaces may stand
 * inside the brackets and around each comma. "늘었다[1]", "[1, 2]", "[1,2]", "[ 3 ]", "[1
 * 2]" and "［1］" are markers, and "[1][2]" is two. Brackets holding anything else are left
 * alone: "[참고]", "[1-2]", "[]", and "[2024]" (a number above 999 is taken for a year or
 * an amount, not a source).
 * <p>
 * Stateless and thread-safe.
 */
public final class Markers {

	/**
	 * The syntax of one marker; a string that is a prefix of a match may still become a
	 * marker.
	 */
	static final Pattern MARKER = Pattern.compile(
			"[\\[［][ \\t]{0,2}\\d{1,3}(?:[ \\t]{0,2}[,，][ \\t]{0,2}\\d{1,3}|[ \\t]{1,2}\\d{1,3})*[ \\t]{0,2}[\\]］]");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

	/**
	 * A citation marker: {@code text.substring(start, end)} is the marker itself.
	 *
	 * @param start offset of its opening bracket
	 * @param end offset after its closing bracket
	 * @param numbers the numbers it names, in the order written, repeats kept
	 */
	public record Marker(int start, int end, List<Integer> numbers) {

		public Marker {
			numbers = List.copyOf(numbers);
		}

	}

	private Markers() {
	}

	/**
	 * The markers of the text, in order of position; none when the text has none. In "참여
	 * 인원은 847명이었다 [1, 2].[3]" they are {@code Marker(15, 21, [1, 2])} and
	 * {@code Marker(22, 25, [3])}.
	 */
	public static List<Marker> find(CharSequence text) {
		List<Marker> markers = new ArrayList<>();
		Matcher m = MARKER.matcher(text);
		while (m.find()) {
			markers.add(new Marker(m.start(), m.end(), numbers(m.group())));
		}
		return markers;
	}

	/** The numbers of a string that {@link #MARKER} matches, in order. */
	static List<Integer> numbers(CharSequence marker) {
		List<Integer> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(marker);
		while (m.find()) {
			numbers.add(Integer.parseInt(m.group()));
		}
		return numbers;
	}

}

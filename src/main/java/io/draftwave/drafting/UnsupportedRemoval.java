package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked text without its unsupported sentences, for a strict check: each unsupported
 * sentence is cut with the spaces that join it to its neighbours (its whole line when it
 * stands alone on one), and the supported sentences' checks are shifted to their new
 * offsets.
 *
 * @param text the text without the unsupported sentences
 * @param kept the checks of the sentences kept, with their offsets in {@code text}
 */
record UnsupportedRemoval(String text, List<SentenceCheck> kept) {

	/**
	 * The text without the unsupported sentences, and the other checks with shifted
	 * offsets.
	 */
	static UnsupportedRemoval of(String text, List<SentenceCheck> checks) {
		StringBuilder out = new StringBuilder();
		List<SentenceCheck> kept = new ArrayList<>();
		int copied = 0;
		int removed = 0;
		for (SentenceCheck c : checks) {
			if (c.supported()) {
				kept.add(new SentenceCheck(c.start() - removed, c.end() - removed, c.markers(), true, c.reason()));
				continue;
			}
			int[] range = removalRange(text, c.start(), c.end());
			int from = Math.max(range[0], copied);
			out.append(text, copied, from);
			removed += range[1] - from;
			copied = range[1];
		}
		out.append(text, copied, text.length());
		return new UnsupportedRemoval(out.toString(), kept);
	}

	/**
	 * What to cut for the sentence {@code [start, end)}: its whole line when it stands
	 * alone on it, else the sentence with the spaces after it, or before it when it ends
	 * the line.
	 */
	private static int[] removalRange(String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		boolean aloneOnLine = text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank();
		if (aloneOnLine) {
			if (lineEnd < text.length()) {
				return new int[] { lineStart, lineEnd + 1 };
			}
			return new int[] { lineStart > 0 ? lineStart - 1 : lineStart, lineEnd };
		}
		int after = end;
		while (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
			after++;
		}
		if (after < lineEnd) {
			return new int[] { start, after };
		}
		int before = start;
		while (before > lineStart && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
			before--;
		}
		return new int[] { before, after };
	}

}

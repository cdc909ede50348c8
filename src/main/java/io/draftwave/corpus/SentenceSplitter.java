package io.draftwave.corpus;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits Korean and English text into sentences, as spans of offsets into the text.
 * <p>
 * A sentence ends at {@code .}, {@code ?}, {@code !}, {@code 。} (and the full-width
 * {@code ？}, {@code ！}) followed by whitespace or the end of the text, after any closing
 * quotes or brackets; at a line break; and, in Korean, at a period or question mark after
 * a sentence-final syllable ({@code 다 요 까 죠 음 함 됨 임}, as in "합니다." or public-document
 * noun endings "완료함.", "예정임.") even when the next sentence follows without a space. It
 * does not end inside numbers ({@code 3.5%}), after dates written with dots
 * ({@code 2024.3.1.}), after common abbreviations ({@code e.g.}, {@code i.e.},
 * {@code Dr.}, {@code vs.}, {@code No.} before a number) or after single-letter initials
 * ({@code J. K. Rowling}).
 * <p>
 * Spans never include surrounding whitespace; line breaks are not part of any span.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {

	/**
	 * A sentence: {@code text.substring(start, end)}.
	 *
	 * @param start offset of the first character, inclusive
	 * @param end offset after the last character, exclusive
	 */
	public record Span(int start, int end) {

		public Span {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("bad span " + start + ".." + end);
			}
		}

		/** The sentence's text in the string it was split from. */
		public String of(CharSequence text) {
			return text.subSequence(start, end).toString();
		}

	}

	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "dr", "mr", "mrs", "ms", "prof", "vs", "cf",
			"st", "jr", "sr", "fig", "vol", "pp", "approx", "dept", "inc", "ltd", "co", "corp", "u.s", "a.m", "p.m");

	private static final String KOREAN_FINAL_SYLLABLES = "다요까죠음함됨임"; // 다 U+B2E4 요 U+C694
																		// 까 U+AE4C 죠
																		// U+C8E0 음 U+C74C
																		// 함 U+D568 됨
																		// U+B428 임 U+C784

	private static final Pattern DOTTED_DATE = Pattern.compile("\\d{2,4}\\.\\d{1,2}\\.(\\d{1,2}\\.)?");

	private static final String CLOSERS = "\"')]}’”」』》〉";

	/** The sentences of the text in order; blank text gives none. */
	public List<Span> split(CharSequence text) {
		List<Span> spans = new ArrayList<>();
		int n = text.length();
		int start = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				add(text, start, i, spans);
				start = i + 1;
			}
			else if (isTerminator(c)) {
				int end = i + 1;
				while (end < n && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
					end++;
				}
				if (endsSentence(text, i, end)) {
					add(text, start, end, spans);
					start = end;
				}
				i = end - 1;
			}
		}
		add(text, start, n, spans);
		return spans;
	}

	private static boolean isTerminator(char c) {
		return c == '.' || c == '?' || c == '!' || c == '。' || c == '？' || c == '！';
	}

	/**
	 * Whether the terminator at {@code at}, with its run of punctuation ending before
	 * {@code end}, ends a sentence.
	 */
	private static boolean endsSentence(CharSequence text, int at, int end) {
		char c = text.charAt(at);
		boolean followedBySpace = end == text.length() || Character.isWhitespace(text.charAt(end));
		if (c == '。') {
			return true;
		}
		if (!followedBySpace) {
			return (c == '.' || c == '?') && at > 0 && KOREAN_FINAL_SYLLABLES.indexOf(text.charAt(at - 1)) >= 0
					&& !Character.isDigit(text.charAt(end)) && text.charAt(end) != '.';
		}
		if (c != '.') {
			return true;
		}
		String word = wordBefore(text, at);
		if (word.isEmpty()) {
			return true;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(lower)) {
			return false;
		}
		if (lower.equals("no") && nextNonSpaceIsDigit(text, end)) {
			return false;
		}
		if (word.length() == 1 && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z') {
			return false;
		}
		return !DOTTED_DATE.matcher(word + ".").matches();
	}

	/**
	 * The run of non-space characters before the terminator at {@code at}, without
	 * opening brackets.
	 */
	private static String wordBefore(CharSequence text, int at) {
		int from = at;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		String word = text.subSequence(from, at).toString();
		return word.replaceFirst("^[\"'(\\[{‘“「『《〈]+", "");
	}

	private static boolean nextNonSpaceIsDigit(CharSequence text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i < text.length() && Character.isDigit(text.charAt(i));
	}

	private static void add(CharSequence text, int from, int to, List<Span> spans) {
		Span span = trim(text, from, to);
		if (span != null) {
			spans.add(span);
		}
	}

	/**
	 * The span {@code [from, to)} without whitespace at either end, or null when nothing
	 * is left.
	 */
	static @Nullable Span trim(CharSequence text, int from, int to) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return s < e ? new Span(s, e) : null;
	}

}

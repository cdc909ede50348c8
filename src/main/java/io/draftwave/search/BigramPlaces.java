package io.draftwave.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where given terms of the bigram field stand in a text without running its
 * analyzer, by cutting the text the way {@code CJKAnalyzer} cuts it: into words as
 * Unicode word breaking does ({@link #wordEnd}); a word of Hangul syllables only gives
 * each pair of neighbouring syllables (a word of one syllable gives that syllable), any
 * other word gives itself lowercased. The terms looked for come from the analyzer itself,
 * so a place is only reported for a term the field can hold. Immutable and thread-safe.
 */
final class BigramPlaces {

	/** Marks that keep two letters in one word (Unicode's MidLetter and MidNumLet). */
	private static final String LETTER_JOINERS = ":\u00B7\u0387\u2027\uFE13\uFE55\uFF1A.'\u2018\u2019\u2024\uFE52\uFF07\uFF0E";

	/** Marks that keep two digits in one number (Unicode's MidNum and MidNumLet). */
	private static final String DIGIT_JOINERS = ",;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B.'\u2018\u2019\u2024\uFE52\uFF07\uFF0E";

	private final Set<String> terms;

	private final Set<Integer> pairs = new HashSet<>();

	/**
	 * @param terms terms of the bigram field, as its analyzer gives them for a query
	 */
	BigramPlaces(Set<String> terms) {
		this.terms = Set.copyOf(terms);
		for (String term : this.terms) {
			if (term.length() == 2 && isHangul(term.charAt(0)) && isHangul(term.charAt(1))) {
				pairs.add(pack(term.charAt(0), term.charAt(1)));
			}
		}
	}

	/**
	 * For each term that occurs in the text, the offsets where it starts, in text order.
	 */
	Map<String, List<Integer>> in(String text) {
		Map<String, List<Integer>> places = new HashMap<>();
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int end = wordEnd(text, i);
			if (allHangul(text, i, end)) {
				if (end - i == 1) {
					add(places, text.substring(i, end), i);
				}
				for (int p = i; p + 1 < end; p++) {
					if (pairs.contains(pack(text.charAt(p), text.charAt(p + 1)))) {
						add(places, text.substring(p, p + 2), p);
					}
				}
			}
			else {
				add(places, text.substring(i, end).toLowerCase(Locale.ROOT), i);
			}
			i = end;
		}
		return places;
	}

	/**
	 * Where the word starting at {@code start} ends, as Unicode word breaking ends it:
	 * letters and digits of any script run together (10시까지, S8의), and a joining mark
	 * stays inside the word between two letters (분석·시각화, children's) or two digits
	 * (1,000, 3.5).
	 */
	private static int wordEnd(String text, int start) {
		int n = text.length();
		int end = start + 1;
		while (end < n) {
			char c = text.charAt(end);
			if (Character.isLetterOrDigit(c)) {
				end++;
			}
			else if (end + 1 < n && joins(text.charAt(end - 1), c, text.charAt(end + 1))) {
				end += 2;
			}
			else {
				break;
			}
		}
		return end;
	}

	private static boolean joins(char before, char mark, char after) {
		boolean letters = Character.isLetter(before) && Character.isLetter(after);
		boolean digits = Character.isDigit(before) && Character.isDigit(after);
		return letters && LETTER_JOINERS.indexOf(mark) >= 0 || digits && DIGIT_JOINERS.indexOf(mark) >= 0;
	}

	private static boolean allHangul(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!isHangul(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private void add(Map<String, List<Integer>> places, String term, int offset) {
		if (terms.contains(term)) {
			places.computeIfAbsent(term, t -> new ArrayList<>()).add(offset);
		}
	}

	private static boolean isHangul(char c) {
		return c >= '\uAC00' && c <= '\uD7A3';
	}

	private static int pack(char first, char second) {
		return first << 16 | second;
	}

}

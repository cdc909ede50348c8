package io.draftwave.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two texts, word by word: the words (runs of non-space
 * characters, so {@code 847명이었다 [1].} is two words) and the spaces between them are
 * compared by longest common subsequence, and consecutive pieces of the same kind are
 * joined. {@code "참여 인원은 847명이다"} against {@code "참여 인원은 850명이다"} gives
 * {@code equal "참여 인원은 "}, {@code delete "847명이다"}, {@code insert "850명이다"}. Texts of
 * more than {@value #MAX_TOKENS} pieces are compared line by line instead, so the table
 * stays small. Stateless.
 */
public final class WordDiff {

	/** The most pieces compared word by word. */
	static final int MAX_TOKENS = 4000;

	private static final Pattern WORDS = Pattern.compile("\\s+|\\S+");

	private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");

	/** What happened to a piece of text. */
	public enum Change {

		/** In both texts. */
		EQUAL,

		/** Only in the newer text. */
		INSERT,

		/** Only in the older text. */
		DELETE

	}

	/** A run of text and what happened to it. */
	public record Piece(Change change, String text) {
	}

	private WordDiff() {
	}

	/** The pieces that turn {@code before} into {@code after}, in text order. */
	public static List<Piece> between(String before, String after) {
		List<String> a = split(before, WORDS);
		List<String> b = split(after, WORDS);
		if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
			a = split(before, LINES);
			b = split(after, LINES);
		}
		return join(diff(a, b));
	}

	private static List<Piece> diff(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				pieces.add(new Piece(Change.EQUAL, a.get(i++)));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				pieces.add(new Piece(Change.DELETE, a.get(i++)));
			}
			else {
				pieces.add(new Piece(Change.INSERT, b.get(j++)));
			}
		}
		while (i < n) {
			pieces.add(new Piece(Change.DELETE, a.get(i++)));
		}
		while (j < m) {
			pieces.add(new Piece(Change.INSERT, b.get(j++)));
		}
		return pieces;
	}

	/** Joins neighbours of the same kind; deletions come before insertions. */
	private static List<Piece> join(List<Piece> pieces) {
		List<Piece> joined = new ArrayList<>();
		for (Piece piece : pieces) {
			Piece last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.change() == piece.change()) {
				joined.set(joined.size() - 1, new Piece(piece.change(), last.text() + piece.text()));
			}
			else {
				joined.add(piece);
			}
		}
		return joined;
	}

	private static List<String> split(String text, Pattern pattern) {
		List<String> tokens = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}

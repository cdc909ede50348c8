package io.draftwave.corpus;

import java.util.Locale;

/**
 * The languages Draftwave analyses separately. Korean text goes through Nori, English
 * text through Lucene's English analysis; anything else is treated as English.
 */
public enum Language {

	KO, EN;

	/** Korean text: at least this share of its letters are Hangul syllables. */
	private static final double KOREAN_SHARE = 0.2;

	/** The lowercase ISO 639-1 code used on the wire, {@code "ko"} or {@code "en"}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a wire code, ignoring case.
	 * @throws UnknownLanguageException when the code is neither {@code ko} nor {@code en}
	 */
	public static Language of(String code) {
		return switch (code.strip().toLowerCase(Locale.ROOT)) {
			case "ko" -> KO;
			case "en" -> EN;
			default -> throw new UnknownLanguageException(code);
		};
	}

	/**
	 * Decides the language of a piece of text by its letters: Korean when Hangul
	 * syllables make up at least a fifth of the letters, English otherwise. "2024년 교육 참여
	 * 인원: 847" is Korean, "Big-Data Wave platform (웨이브)" is English (3 of 22 letters are
	 * Hangul).
	 */
	public static Language detect(CharSequence text) {
		return hangulShare(text) >= KOREAN_SHARE ? KO : EN;
	}

	/**
	 * The share of the text's letters that are Hangul syllables (가 U+AC00 .. 힣 U+D7A3),
	 * between 0 and 1; 0 for a text without letters.
	 */
	public static double hangulShare(CharSequence text) {
		int letters = 0;
		int hangul = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (c >= '\uAC00' && c <= '\uD7A3') {
					hangul++;
				}
			}
		}
		return letters == 0 ? 0 : hangul / (double) letters;
	}

}

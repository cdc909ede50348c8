package io.draftwave.web.openai;

/**
 * A rough token count for drafts no model wrote (the extractive drafter reports none):
 * one token per Hangul syllable, plus one per four other non-blank characters, rounded
 * up. GPT-style tokenizers spend about a token per Korean syllable and per four English
 * characters, so "847명 [1]" → 2 syllables + 6 others → 2 + 2 = 4. Blank text counts 0.
 */
final class TokenEstimate {

	private TokenEstimate() {
	}

	static int of(String text) {
		int hangul = 0;
		int other = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uAC00' && c <= '\uD7A3') { // 가 U+AC00 .. 힣 U+D7A3
				hangul++;
			}
			else if (!Character.isWhitespace(c)) {
				other++;
			}
		}
		return hangul + (other + 3) / 4;
	}

}

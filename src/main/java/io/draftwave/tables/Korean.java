package io.draftwave.tables;

/**
 * Korean particles after a word or a number: {@code 건수} + 은/는 → {@code 건수는}, {@code 인원} →
 * {@code 인원은}; {@code 54,756건} + 으로/로 → {@code 54,756건으로}, {@code 4.7일} → {@code 4.7일로}
 * (ㄹ takes 로), {@code 28.1%} → {@code 28.1%로} (read 퍼센트). A number without unit is read
 * by its last digit: {@code 2023} (삼) → {@code 2023으로}.
 */
final class Korean {

	private static final String DIGIT_BATCHIM = "OXXOXXOXXX"; // 영 일 이 삼 사 오 육 칠 팔 구: O =
																// 받침 (not ㄹ)

	private Korean() {
	}

	/** 은 or 는 (also 이/가, 을/를, 과/와 with the same rule). */
	static String topic(String word) {
		return word + (hasFinal(word) ? "은" : "는");
	}

	static String subject(String word) {
		return word + (hasFinal(word) ? "이" : "가");
	}

	static String object(String word) {
		return word + (hasFinal(word) ? "을" : "를");
	}

	/** 으로 or 로: 로 after a vowel or ㄹ. */
	static String toward(String word) {
		char last = last(word);
		if (last >= '0' && last <= '9') {
			return word + (DIGIT_BATCHIM.charAt(last - '0') == 'O' ? "으로" : "로");
		}
		if (isHangul(last)) {
			int jong = (last - 0xAC00) % 28;
			return word + (jong == 0 || jong == 8 ? "로" : "으로"); // 8 = ㄹ
		}
		return word + "로";
	}

	static boolean hasFinal(String word) {
		char last = last(word);
		if (last >= '0' && last <= '9') {
			return "0136".indexOf(last) >= 0 || last == '1' || last == '7' || last == '8';
		}
		return isHangul(last) && (last - 0xAC00) % 28 != 0;
	}

	private static char last(String word) {
		String stripped = word.strip();
		return stripped.isEmpty() ? ' ' : stripped.charAt(stripped.length() - 1);
	}

	private static boolean isHangul(char ch) {
		return ch >= 0xAC00 && ch <= 0xD7A3; // 가 U+AC00 .. 힣 U+D7A3
	}

}

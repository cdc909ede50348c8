package io.draftwave.lab;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;

/**
 * Checks on the words of a draft, its markers left out: what it must or must not say, its
 * sections, language and length.
 */
final class TextChecks {

	private TextChecks() {
	}

	/**
	 * Text that must appear; case is ignored for Latin letters. {@code contains: "847명"}.
	 */
	public record Contains(String text) implements Check {

		@Override
		public String type() {
			return "contains";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "‘" + text + "’ 포함" : "contains ‘" + text + "’";
		}

		@Override
		public boolean passes(Attempt attempt) {
			return holds(attempt.plainText(), text);
		}

		@Override
		public String reason(Attempt a) {
			return passes(a) ? a.say("‘" + text + "’이(가) 들어 있습니다.", "The draft says ‘" + text + "’.")
					: a.say("‘" + text + "’이(가) 없습니다. 자료에 있는 이 내용을 초안이 담아야 합니다.",
							"The draft does not say ‘" + text + "’, which it should take from the sources.");
		}

	}

	/** Text that must not appear, e.g. a wrong figure. {@code not-contains: "900명"}. */
	public record NotContains(String text) implements Check {

		@Override
		public String type() {
			return "not-contains";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "‘" + text + "’ 없음" : "does not contain ‘" + text + "’";
		}

		@Override
		public boolean passes(Attempt attempt) {
			return !holds(attempt.plainText(), text);
		}

		@Override
		public String reason(Attempt a) {
			return passes(a) ? a.say("‘" + text + "’이(가) 없습니다.", "The draft does not say ‘" + text + "’.")
					: a.say("‘" + text + "’이(가) 들어 있습니다. 이 표현은 쓰지 않아야 합니다.",
							"The draft says ‘" + text + "’, which it should not.");
		}

	}

	/**
	 * A Java regular expression that must find a match. {@code regex:
	 * "\\d{1,3}(,\\d{3})*명"}.
	 */
	public record Matches(Pattern pattern) implements Check {

		@Override
		public String type() {
			return "regex";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "정규식 /" + pattern.pattern() + "/ 일치"
					: "matches /" + pattern.pattern() + "/";
		}

		@Override
		public boolean passes(Attempt attempt) {
			return pattern.matcher(attempt.plainText()).find();
		}

		@Override
		public String reason(Attempt a) {
			var m = pattern.matcher(a.plainText());
			return m.find() ? a.say("‘" + m.group() + "’이(가) 형식에 맞습니다.", "‘" + m.group() + "’ matches.")
					: a.say("/" + pattern.pattern() + "/ 형식에 맞는 부분이 없습니다.",
							"Nothing in the draft matches /" + pattern.pattern() + "/.");
		}

	}

	/**
	 * Every section of the kind (the headings of its template, e.g. 제목, 부제, 리드, 본문, 담당
	 * 부서/문의처) starts a line, after any {@code #}, bullet or number; of a heading with a
	 * slash one part is enough. {@code sections: true}.
	 */
	public record Sections(DraftKind kind) implements Check {

		@Override
		public String type() {
			return "sections";
		}

		@Override
		public String description(Language language) {
			return language == Language.KO ? "항목 모두 포함: " + String.join(", ", kind.headings(language))
					: "has every section: " + String.join(", ", kind.headings(language));
		}

		@Override
		public boolean passes(Attempt attempt) {
			return missing(attempt).isEmpty();
		}

		@Override
		public String reason(Attempt a) {
			List<String> missing = missing(a);
			return missing.isEmpty() ? a.say("항목이 모두 있습니다.", "Every section is there.")
					: a.say("빠진 항목: " + String.join(", ", missing) + ". 각 항목을 제목으로 시작하는 줄로 쓰십시오.",
							"Missing sections: " + String.join(", ", missing)
									+ ". Start each section with its heading on a line of its own.");
		}

		private List<String> missing(Attempt attempt) {
			String text = attempt.plainText();
			return kind.headings(attempt.language()).stream().filter(h -> !headed(text, h)).toList();
		}

		private static boolean headed(String text, String heading) {
			for (String part : heading.split("/")) {
				Pattern line = Pattern.compile("(?m)^[\\s#*>\\-•·□○■▶◦ⅠⅡⅢⅣⅤⅥ\\d.)(]*" + Pattern.quote(part.strip()),
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
				if (line.matcher(text).find()) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Written in the language: Korean when at least {@value #KOREAN_SHARE} of the letters
	 * are Hangul, English when at most {@value #ENGLISH_MAX_HANGUL} are.
	 * {@code language: ko}.
	 */
	public record InLanguage(Language expected) implements Check {

		static final double KOREAN_SHARE = 0.5;

		static final double ENGLISH_MAX_HANGUL = 0.1;

		@Override
		public String type() {
			return "language";
		}

		@Override
		public String description(Language language) {
			boolean ko = expected == Language.KO;
			return language == Language.KO ? (ko ? "한국어로 작성" : "영어로 작성")
					: (ko ? "written in Korean" : "written in English");
		}

		@Override
		public boolean passes(Attempt attempt) {
			double share = Language.hangulShare(attempt.plainText());
			return expected == Language.KO ? share >= KOREAN_SHARE : share <= ENGLISH_MAX_HANGUL;
		}

		@Override
		public String reason(Attempt a) {
			int percent = (int) Math.round(Language.hangulShare(a.plainText()) * 100);
			String verdict = passes(a) ? a.say("맞습니다", "as expected") : a.say("기준에 맞지 않습니다", "not as expected");
			return a.say("글자의 " + percent + "%가 한글입니다: " + verdict + ".",
					percent + "% of the letters are Hangul: " + verdict + ".");
		}

	}

	/**
	 * Between {@code min} and {@code max} characters (code points, markers left out),
	 * either bound optional. {@code length: {min: 200, max: 1500}}.
	 */
	public record Length(int min, int max) implements Check {

		@Override
		public String type() {
			return "length";
		}

		@Override
		public String description(Language language) {
			String range = (min > 0 ? String.format(Locale.ROOT, "%,d", min) : "")
					+ (language == Language.KO ? "~" : "–")
					+ (max < Integer.MAX_VALUE ? String.format(Locale.ROOT, "%,d", max) : "");
			return language == Language.KO ? "길이 " + range + "자" : "length " + range + " characters";
		}

		@Override
		public boolean passes(Attempt attempt) {
			int n = length(attempt);
			return n >= min && n <= max;
		}

		@Override
		public String reason(Attempt a) {
			int n = length(a);
			String count = String.format(Locale.ROOT, "%,d", n);
			if (n < min) {
				return a.say(count + "자로 너무 짧습니다 (최소 " + min + "자).",
						count + " characters: too short (at least " + min + ").");
			}
			if (n > max) {
				return a.say(count + "자로 너무 깁니다 (최대 " + max + "자).",
						count + " characters: too long (at most " + max + ").");
			}
			return a.say(count + "자로 범위 안에 있습니다.", count + " characters: within bounds.");
		}

		private static int length(Attempt attempt) {
			String text = attempt.plainText().strip();
			return text.codePointCount(0, text.length());
		}

	}

	private static boolean holds(String text, String wanted) {
		return text.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
	}

}

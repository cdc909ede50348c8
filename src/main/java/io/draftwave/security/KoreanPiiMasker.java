package io.draftwave.security;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Korean personal data in a text with typed placeholders before the text leaves
 * the process. Masking is one-way: the original values are not kept anywhere.
 * Thread-safe.
 *
 * <p>
 * Examples, input → output:
 * <ul>
 * <li>{@code 주민번호 900101-1234567} → {@code 주민번호 [주민등록번호]} (also {@code 900101 - 1234567}
 * and 13 digits without a dash)</li>
 * <li>{@code 850315-5123456} (7th digit 5–8) → {@code [외국인등록번호]}</li>
 * <li>{@code 010-1234-5678}, {@code 01012345678}, {@code 010 1234 5678},
 * {@code +82 10-1234-5678}, {@code 02-123-4567}, {@code 031-1234-5678} →
 * {@code [전화번호]}</li>
 * <li>{@code hong@example.co.kr} → {@code [이메일]}</li>
 * <li>{@code 4111-1111-1111-1111} → {@code [카드번호]} only when the 16 digits pass the Luhn
 * check</li>
 * <li>{@code 농협 계좌 302-1234-5678-91} → {@code 농협 계좌 [계좌번호]}: 10–14 digits in groups or in
 * a run, only within a few characters of a banking word (계좌, 통장, 은행, 농협, 국민은행, 입금, 환불,
 * …)</li>
 * <li>{@code M12345678}, {@code M123A4567} → {@code [여권번호]}</li>
 * <li>{@code 11-23-123456-78} → {@code [운전면허번호]}</li>
 * </ul>
 * Left alone: dates ({@code 2024-06-10}, {@code 2024.6.10}), figures ({@code 201,375건},
 * {@code 847명}), document codes ({@code BW-CMP-001}), years and percentages.
 *
 * <p>
 * Weaknesses: an account number far from any banking word stays visible; a 10–14 digit
 * document number right after a banking word is masked; full-width digits, numbers
 * written in Hangul, names and street addresses are not recognised.
 */
public final class KoreanPiiMasker {

	private static final String NOT_AFTER_DIGIT = "(?<![\\d-])";

	private static final String NOT_BEFORE_DIGIT = "(?![\\d-])";

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	/**
	 * Birth date YYMMDD, then the 7th digit telling century and sex: 1–4 and 9, 0
	 * citizens, 5–8 foreigners.
	 */
	private static final Pattern REGISTRATION = Pattern.compile(NOT_AFTER_DIGIT
			+ "\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:\\s*-\\s*)?([0-9])\\d{6}" + NOT_BEFORE_DIGIT);

	private static final Pattern CARD = Pattern
		.compile(NOT_AFTER_DIGIT + "\\d{4}([- ]?)\\d{4}\\1\\d{4}\\1\\d{4}" + NOT_BEFORE_DIGIT);

	private static final Pattern MOBILE = Pattern.compile("(?<![\\d+-])(?:\\+82[- ]?(?:\\(0\\))?|0)1[016789]"
			+ "(?:-\\d{3,4}-|\\s\\d{3,4}\\s|\\d{3,4})\\d{4}" + NOT_BEFORE_DIGIT);

	/**
	 * Area codes 02, 031–064, 070, 050x; separators are required so bare digit runs stay.
	 */
	private static final Pattern LANDLINE = Pattern.compile("(?<![\\d+-])(?:(?:\\+82[- ]?|0)(?:2|[3-6][1-5]|70|50\\d)"
			+ "|\\(0(?:2|[3-6][1-5]|70)\\))[-)\\s]\\s*\\d{3,4}[-\\s]\\d{4}" + NOT_BEFORE_DIGIT);

	private static final Pattern PASSPORT = Pattern
		.compile("(?<![A-Za-z0-9])[MSRODG](?:\\d{8}|\\d{3}[A-Z]\\d{4})(?![A-Za-z0-9])");

	private static final Pattern DRIVER_LICENCE = Pattern
		.compile(NOT_AFTER_DIGIT + "(?:1[1-9]|2[0-8])-\\d{2}-\\d{6}-\\d{2}" + NOT_BEFORE_DIGIT);

	private static final Pattern ACCOUNT = Pattern
		.compile(NOT_AFTER_DIGIT + "(?:\\d{2,6}(?:-\\d{2,7}){1,3}|\\d{10,14})" + NOT_BEFORE_DIGIT);

	private static final Pattern BANKING_WORD = Pattern
		.compile("계좌|통장|예금주|입금|송금|이체|환불|환급금|은행|농협|수협|신협" + "|새마을금고|우체국|카카오뱅크|토스뱅크|케이뱅크|(?:KB)?국민(?=\\s*(?:은행|\\d))");

	private static final int ACCOUNT_WORD_BEFORE = 25;

	private static final int ACCOUNT_WORD_AFTER = 12;

	/**
	 * Applied in order; a placeholder holds no digits, so a later rule never matches
	 * inside one.
	 */
	private static final List<Rule> RULES = List.of(new Rule(EMAIL, m -> "[이메일]"),
			new Rule(REGISTRATION, KoreanPiiMasker::registrationPlaceholder), new Rule(DRIVER_LICENCE, m -> "[운전면허번호]"),
			new Rule(CARD, m -> luhn(m.group()) ? "[카드번호]" : null), new Rule(MOBILE, m -> "[전화번호]"),
			new Rule(LANDLINE, m -> "[전화번호]"), new Rule(PASSPORT, m -> "[여권번호]"));

	/**
	 * The text with every recognised piece of personal data replaced by its placeholder
	 * ({@code [주민등록번호]}, {@code [외국인등록번호]}, {@code [전화번호]}, {@code [이메일]},
	 * {@code [카드번호]}, {@code [계좌번호]}, {@code [여권번호]}, {@code [운전면허번호]}); everything else
	 * is unchanged. An empty text gives an empty text.
	 */
	public String mask(String text) {
		String masked = text;
		for (Rule rule : RULES) {
			masked = rule.apply(masked);
		}
		return maskAccounts(masked);
	}

	private static String maskAccounts(String text) {
		Matcher m = ACCOUNT.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (m.find()) {
			int digits = m.group().replace("-", "").length();
			boolean account = digits >= 10 && digits <= 14 && nearBankingWord(text, m.start(), m.end());
			m.appendReplacement(out, account ? "[계좌번호]" : Matcher.quoteReplacement(m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean nearBankingWord(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - ACCOUNT_WORD_BEFORE), start);
		String after = text.substring(end, Math.min(text.length(), end + ACCOUNT_WORD_AFTER));
		return BANKING_WORD.matcher(before).find() || BANKING_WORD.matcher(after).find();
	}

	private static String registrationPlaceholder(Matcher m) {
		char seventh = m.group(1).charAt(0);
		return seventh >= '5' && seventh <= '8' ? "[외국인등록번호]" : "[주민등록번호]";
	}

	static boolean luhn(String number) {
		int sum = 0;
		boolean twice = false;
		for (int i = number.length() - 1; i >= 0; i--) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				continue;
			}
			int d = c - '0';
			if (twice) {
				d = d * 2 > 9 ? d * 2 - 9 : d * 2;
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	/** A pattern and its placeholder; a null placeholder leaves the match as it is. */
	private record Rule(Pattern pattern, Function<Matcher, String> placeholder) {

		String apply(String text) {
			Matcher m = pattern.matcher(text);
			StringBuilder out = new StringBuilder(text.length());
			while (m.find()) {
				String replacement = placeholder.apply(m);
				m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
			}
			m.appendTail(out);
			return out.toString();
		}

	}

}

package io.draftwave.drafting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of expression answers a question, and whether a sentence holds one. Detected
 * from the question's wording, Korean and English:
 * <ul>
 * <li>{@link #COUNT}: 몇 명, 몇 개, 몇 건, 몇 %, 얼마, 규모는, 인원은, 수는; how many, how much, number of
 * — a sentence with a figure, "847명", "12.5%", "286종", "3 courses";</li>
 * <li>{@link #DATE}: 언제, 몇 년, 몇 월, 며칠, 날짜, 시기, 연도, 일정; when, what year, what date — a
 * sentence with a year, month or day, "2022년 4월 1일", "2024. 3. 1.", "in March 2024";</li>
 * <li>{@link #PLACE}: 어디, 어느 곳, 장소, 위치; where — a sentence naming a place, "시청 광장에서",
 * "서울대학교", "in the city hall";</li>
 * <li>{@link #PERSON}: 누가, 누구, 인물, 이름은; who, whom, whose — a sentence naming a person, "김
 * 과장", "홍길동 교수", "Dr. Kim", "Jane Smith";</li>
 * <li>{@link #OTHER}: anything else ("무엇", "what is", "어떻게"), which no sentence is
 * checked for.</li>
 * </ul>
 * "몇 년" asks for a date, "몇 년 동안" and "몇 살" for a count. Weakness: a Korean person's name
 * is found only next to a title or role ("교수", "대표"), so a bare name does not count.
 */
enum AnswerType {

	COUNT(Pattern.compile("\\d[\\d,.]*\\s*(?:%|퍼센트|명|개|건|종|곳|회|번|차례|시간|분|원|만|억|천|배|개월|주|일|세|살|대|권|편|점|석|표|위|km|m|kg|t)"
			+ "|(?i:\\b\\d[\\d,.]*\\s*(?:percent|people|persons|courses|cases|times|hours|datasets|[a-z]+s)\\b)"
			+ "|[일이삼사오육칠팔구십백천만]+\\s*(?:명|개|건|곳|차례)")),

	DATE(Pattern.compile("\\d{1,4}\\s*(?:년|월|일|세기|년대)|\\b(?:1[5-9]|20)\\d\\d\\b|\\d{4}[.-]\\s?\\d{1,2}[.-]"
			+ "|(?i:\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b)")),

	PLACE(Pattern.compile("\\S+(?:시|도|군|구|읍|면|동|리|역|관|청|센터|학교|대학교|대학|광장|공원|회관|병원|항|섬|산|강|국|주|궁|사|소)"
			+ "(?:에서|에|으로|로|의)?(?=[\\s,.]|$)|(?:에서|에 위치)|(?:\\b(?:in|at|near|from) (?:the )?[A-Z][a-z]+)")),

	PERSON(Pattern.compile("[가-힣]{2,4}\\s?(?:씨|님|대표|회장|장관|총리|대통령|교수|박사|의원|위원장|감독|선수|과장|팀장|국장|시장|작가|기자)"
			+ "|(?:\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.? [A-Z][a-z]+|\\b[A-Z][a-z]+ [A-Z][a-z]+\\b)")),

	OTHER(null);

	private static final Pattern KO_DATE = Pattern
		.compile("언제|몇\\s*(?:년도?|월|일)(?!\\s*(?:동안|간))|며칠|날짜|시기|연도|년도|일자|기간은|일정");

	private static final Pattern KO_COUNT = Pattern.compile("몇|얼마|규모는|인원은|수는|비율은|금액은|건수|횟수");

	private static final Pattern KO_PLACE = Pattern.compile("어디|어느 곳|장소|위치|지역은|곳은");

	private static final Pattern KO_PERSON = Pattern.compile("누가|누구|인물|사람은|이름은|사람의 이름|자는\\?|자의 이름");

	private static final Pattern EN_DATE = Pattern
		.compile("\\bwhen\\b|what (?:year|date|month|day)|which (?:year|date)");

	private static final Pattern EN_COUNT = Pattern
		.compile("how (?:many|much|long|large|big)|number of|what (?:share|percentage|proportion)");

	private static final Pattern EN_PLACE = Pattern.compile("\\bwhere\\b|which (?:city|country|place|venue|location)");

	private static final Pattern EN_PERSON = Pattern.compile("\\bwho\\b|\\bwhom\\b|\\bwhose\\b|which person");

	private final Pattern holds;

	AnswerType(Pattern holds) {
		this.holds = holds;
	}

	/**
	 * The answer type a question asks for; {@link #OTHER} when its wording names none.
	 */
	static AnswerType of(String question) {
		String q = question.toLowerCase(Locale.ROOT);
		if (KO_DATE.matcher(q).find() || EN_DATE.matcher(q).find()) {
			return DATE;
		}
		if (KO_PERSON.matcher(q).find() || EN_PERSON.matcher(q).find()) {
			return PERSON;
		}
		if (KO_PLACE.matcher(q).find() || EN_PLACE.matcher(q).find()) {
			return PLACE;
		}
		if (KO_COUNT.matcher(q).find() || EN_COUNT.matcher(q).find()) {
			return COUNT;
		}
		return OTHER;
	}

	/**
	 * Whether the sentence holds an expression of this type; always false for
	 * {@link #OTHER}.
	 */
	boolean heldBy(String sentence) {
		return holds != null && holds.matcher(sentence).find();
	}

	/**
	 * Whether the sentence holds an expression of this type that the question does not
	 * already name: for "2025년 경진대회 일정은?" the year 2025 answers nothing, so "2025년 대상
	 * 수상작은 …" holds no date and "9월 25일 본선 발표를 했다" does.
	 */
	boolean answeredBy(String sentence, String question) {
		String rest = sentence;
		java.util.regex.Matcher number = NUMBER.matcher(question);
		while (number.find()) {
			rest = rest.replaceAll("(?<![\\d,.])" + Pattern.quote(number.group()) + "(?![\\d,.]\\d)", " ");
		}
		return heldBy(rest);
	}

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

}

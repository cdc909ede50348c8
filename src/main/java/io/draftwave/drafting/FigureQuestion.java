package io.draftwave.drafting;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's instructions ask for a figure, so that a draft asks the tables at
 * all. The planner over the tables answers whatever it can match to a table's columns; a
 * draft should carry a computed figure only when the official asked for one. "2024년 교육 참여
 * 인원은?", "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?", "교통·주차 민원은 몇 퍼센트 늘었나요?", "분야별 민원 동향 보고서" and
 * "How many officials took part in 2024?" ask for figures; "오픈 API 인증키는 어떻게 받나요?" (whose
 * "API" names a column of a table about the platform) and "경진대회 결과 보도자료" do not.
 */
final class FigureQuestion {

	/**
	 * Words that ask for an amount, a count, a rate, a ranking, a change or a summary of
	 * figures. Matched anywhere in the Korean text, as Korean words are not delimited by
	 * spaces ("인원은", "늘었나요").
	 */
	private static final Pattern KOREAN = Pattern.compile("몇|얼마|건수|인원|횟수|비율|비중|퍼센트|%|수치|통계|현황|실적|추이|동향|증감|증가|감소"
			+ "|늘었|줄었|늘어|줄어|많은|적은|높은|낮은|가장|상위|하위|평균|합계|총계|규모|대비|순위|차지|수료율|처리율|금액|예산");

	/** The same in English, as whole words. */
	private static final Pattern ENGLISH = Pattern.compile("\\b(?:how (?:many|much)|number of|numbers|rate|rates|share"
			+ "|percent|percentage|proportion|highest|lowest|most|least|top \\d+|top|increase[sd]?|decrease[sd]?|grew"
			+ "|fell|change|trend|average|total|figures|statistics|count|ranking)\\b");

	private FigureQuestion() {
	}

	/** True when the instructions ask for a figure. */
	static boolean asks(String instructions) {
		String text = instructions.toLowerCase(Locale.ROOT);
		return KOREAN.matcher(text).find() || ENGLISH.matcher(text).find();
	}

}

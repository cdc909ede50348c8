package io.draftwave.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import io.draftwave.tables.ChartData;
import io.draftwave.tables.Charts;

/**
 * A Korean policy report with two headings, three citations and a repeated marker; a
 * Korean answer citing a computed figure first, whose analysis is kept or has expired.
 */
final class ExportFixtures {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-05T01:00:00Z"), ZoneId.of("Asia/Seoul"));

	static final String TEXT = """
			## 개요
			2024년 데이터 인재 양성 교육에는 공무원 320명이 참여했다 [1].
			교육 만족도는 5점 만점에 4.5점이었다 [2].

			## 개선방안
			### 교육 과정
			심화 과정을 신설하고 실습 비중을 늘린다 [3]. 참여 인원은 계속 늘고 있다 [1].
			""";

	/** The analysis {@link #FIGURES} still keeps. */
	static final String KEPT = "0123456789abcdef";

	/** A statement of a figure, as its citation's excerpt. */
	static final String STATEMENT = "2025년 민원 접수 건수가 가장 많은 분야는 교통·주차(54,756건), 환경·청소(29,619건), 도로·시설물(29,034건)입니다.";

	static final String FIGURE_TEXT = """
			## 답변
			%s [1]
			교통·주차 민원은 불법 주정차 신고가 대부분이다 [2].
			세 분야가 전체의 59%%를 차지한다 [1].
			""".formatted(STATEMENT);

	/**
	 * Keeps analysis {@link #KEPT}, a bar chart of three fields; every other analysis has
	 * expired. The table's document is titled {@code 2025 민원 통계}.
	 */
	static final FigureLookup FIGURES = (analysisId, documentId) -> KEPT.equals(analysisId)
			? new FigureDetails(true, "2025 민원 통계",
					Charts.png(new ChartData(ChartData.Kind.BAR, "분야별 접수 건수", "분야", "접수 건수(건)",
							List.of("교통·주차", "환경·청소", "도로·시설물"), List.of(54756.0, 29619.0, 29034.0))))
			: new FigureDetails(false, "2025 민원 통계", null);

	private ExportFixtures() {
	}

	/**
	 * An answer whose [1] is the figure of {@code analysisId}, repeated later, and [2] a
	 * passage.
	 */
	static Draft figureDraft(String analysisId) {
		List<Citation> citations = List.of(new Citation(1, "figure-" + analysisId, "doc-t", "분야별 민원 접수 현황", STATEMENT,
				null, 0, 0, Citation.FIGURE, analysisId),
				new Citation(2, "doc-a:4", "doc-a", "민원 데이터 소개", "불법 주정차 신고가 대부분", 2, 10, 40));
		return new Draft("draft-2", DraftKind.ANSWER, Language.KO, FIGURE_TEXT, citations, List.of(), "extractive",
				"extractive", List.of(), null, 5);
	}

	static Draft draft() {
		List<Citation> citations = List.of(
				new Citation(1, "doc-a:0", "doc-a", "2024 데이터 인재 양성 교육 결과", "공무원 <mark>320명</mark>이 참여&amp;수료", 3, 0,
						40),
				new Citation(2, "doc-b:2", "doc-b", "교육 만족도 조사", "만족도 &lt;4.5점&gt; 기록", null, 10, 50),
				new Citation(3, "doc-c:1", "doc-c", "2025 교육 계획", "심화 과정 <mark>신설</mark>", 1, 5, 30));
		return new Draft("draft-1", DraftKind.POLICY_REPORT, Language.KO, TEXT, citations, List.of(), "extractive",
				"extractive", List.of(), null, 12);
	}

}

package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;

/** Small Korean and English sources shared by the drafting tests. */
final class DraftingFixtures {

	static final String FAIR_KO = "시는 지난 5월 청년 일자리 박람회를 시청 광장에서 열었다. 박람회에는 청년 1,200명과 기업 85곳이 참여했다. "
			+ "현장 면접을 거쳐 청년 143명이 채용되었다. 참여 기업은 정보통신 분야가 가장 많았다.";

	static final String FAIR_PLAN_KO = "다만 구직 청년의 교통 불편과 면접 대기 시간이 문제로 지적되었다. "
			+ "시는 내년부터 박람회를 두 차례로 확대하고 온라인 면접을 도입할 계획이다. "
			+ "이를 통해 청년 취업률 향상이 기대된다. 문의는 일자리정책과(전화 031-123-4567)로 하면 된다. " + "근거 법령은 「청년기본법」 제17조와 시 청년 일자리 지원 조례이다.";

	static final String FAIR_EN = "The city held a youth job fair in the city hall square in May. "
			+ "The fair drew 1,200 young jobseekers and 85 companies. "
			+ "After interviews on site, 143 young people were hired. "
			+ "Most of the companies were in information technology.";

	static final String FAIR_PLAN_EN = "Long waits for interviews were reported as a problem. "
			+ "The city will expand the fair to two rounds next year and introduce online interviews. "
			+ "The city expects the youth employment rate to rise. "
			+ "For questions, contact the Jobs Policy Division by phone at 031-123-4567. "
			+ "The fair rests on the Framework Act on Youth, Article 17.";

	private DraftingFixtures() {
	}

	static List<NumberedSource> sources(Language language) {
		boolean ko = language == Language.KO;
		return List.of(
				source(1, "fair-0", "fair", ko ? "청년 일자리 박람회 결과" : "Youth job fair results", ko ? FAIR_KO : FAIR_EN),
				source(2, "plan-0", "plan", ko ? "박람회 개선 계획" : "Job fair improvement plan",
						ko ? FAIR_PLAN_KO : FAIR_PLAN_EN));
	}

	static NumberedSource source(int number, String sourceId, String documentId, String title, String text) {
		return new NumberedSource(number, sourceId, documentId, title, text, text, null, 0, text.length());
	}

	/** The statement of a computed figure, as {@link FigureSource} writes it. */
	static final String FIGURE_STATEMENT_KO = "2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다 3.4% 늘었습니다.";

	/**
	 * A computed figure as source {@code number}, with the text {@link FigureSource}
	 * gives it.
	 */
	static NumberedSource figure(int number) {
		String text = FIGURE_STATEMENT_KO + "\n계산 방법: 표 「민원 접수 현황 분야별 2023-2025」의 분야 = 교통·주차인 행(합계 행 제외)에서 "
				+ "연도 2023과 2025의 접수 건수 합계를 비교해 증감과 증감률을 구했습니다.\n"
				+ "계산 결과(연도, 접수 건수): 2023 52,943; 2025 54,756.\n함께 계산된 수치: 1,813.";
		return new NumberedSource(number, "figure-0123456789abcdef", "complaints-csv", "민원 접수 현황 분야별 2023-2025", text,
				FIGURE_STATEMENT_KO, null, 0, 0, Citation.FIGURE, "0123456789abcdef");
	}

	static DraftRequest request(DraftKind kind, Language language) {
		String instructions = language == Language.KO ? "청년 일자리 박람회 결과와 향후 계획"
				: "Results of the youth job fair and plans";
		return new DraftRequest(kind, instructions, language, Set.of(), DraftRequest.DEFAULT_K, false);
	}

	static DraftPrompt prompt(DraftKind kind, Language language) {
		List<NumberedSource> sources = sources(language);
		return new DraftPrompt(request(kind, language), sources, "system", "user");
	}

	static IndexedDocument document(String id, String title, String... passages) {
		List<Passage> list = new ArrayList<>();
		int at = 0;
		for (int i = 0; i < passages.length; i++) {
			list.add(new Passage(i, passages[i], at, at + passages[i].length(), null, null, null));
			at += passages[i].length() + 1;
		}
		return new IndexedDocument(id, title, list);
	}

}

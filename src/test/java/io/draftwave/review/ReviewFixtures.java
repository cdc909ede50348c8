package io.draftwave.review;

import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.drafting.SentenceCheck;

/** A small Korean draft with two sources, as the drafting service hands it over. */
final class ReviewFixtures {

	static final NumberedSource TRAINING = new NumberedSource(1, "doc-training-3", "doc-training", "2024 교육 결과 보고",
			"2024년 데이터 인재 양성 교육에는 847명이 참여했고 786명이 수료했다.", "<mark>847명</mark>이 참여", null, 120, 160);

	static final NumberedSource SURVEY = new NumberedSource(2, "doc-survey-1", "doc-survey", "만족도 조사",
			"교육 만족도는 5점 만점에 4.6점으로 조사되었다.", "만족도는 <mark>4.6점</mark>", 2, 0, 30);

	static final String TEXT = "2024년 데이터 인재 양성 교육에는 847명이 참여했다 [1]. 교육 만족도는 4.6점이었다 [2].";

	private ReviewFixtures() {
	}

	static DraftRequest request() {
		return new DraftRequest(DraftKind.PRESS_RELEASE, "2024년 교육 결과 보도자료", Language.KO, Set.of("doc-training"), 8,
				false);
	}

	static Draft draft(String id) {
		return new Draft(id, DraftKind.PRESS_RELEASE, Language.KO, TEXT,
				List.of(Citation.of(TRAINING), Citation.of(SURVEY)),
				List.of(new SentenceCheck(0, 35, List.of(1), true, null),
						new SentenceCheck(36, TEXT.length(), List.of(2), true, null)),
				"llm", "test-model", List.of("removed marker [7]: the draft has only sources [1] to [2]"),
				new DraftOutput.Usage(120, 40), 812, null);
	}

	static List<NumberedSource> sources() {
		return List.of(TRAINING, SURVEY);
	}

}

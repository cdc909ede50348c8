package io.draftwave.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;

/** A Korean policy report with two headings, three citations and a repeated marker. */
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

	private ExportFixtures() {
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

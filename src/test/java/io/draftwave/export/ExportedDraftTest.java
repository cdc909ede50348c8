package io.draftwave.export;

import java.time.LocalDate;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportedDraftTest {

	@Test
	void should_link_a_figure_note_to_its_analysis_and_a_passage_note_to_its_source_when_both_are_cited() {
		// given
		List<Citation> citations = List.of(
				new Citation(1, "figure-0123456789abcdef", "doc-t", "민원 접수 현황", "2025년 민원 접수 건수 합계는 194,862건입니다.", null,
						0, 0, Citation.FIGURE, "0123456789abcdef"),
				new Citation(2, "doc-a-3", "doc-a", "민원 데이터 소개", "교통·주차 민원이 가장 많습니다.", null, 10, 40));
		Draft draft = new Draft("draft-1", DraftKind.ANSWER, Language.KO,
				"## 답변\n2025년 민원 접수 건수 합계는 194,862건입니다. [1] 교통·주차 민원이 가장 많습니다. [2]", citations, List.of(), "extractive",
				"extractive", List.of(), null, 3);

		// when
		ExportedDraft exported = ExportedDraft.of(draft, LocalDate.of(2026, 1, 20), "https://draftwave.example",
				FigureLookup.NONE);

		// then
		assertThat(exported.notes()).extracting(ExportedDraft.Note::link)
			.containsExactly("https://draftwave.example/api/analyses/0123456789abcdef",
					"https://draftwave.example/api/sources/doc-a-3");
	}

	@Test
	void should_name_the_document_once_when_it_is_titled_as_its_table() {
		// given
		FigureLookup sameTitle = (analysisId, documentId) -> new FigureDetails(true, "분야별 민원 접수 현황",
				ExportFixtures.FIGURES.find(ExportFixtures.KEPT, documentId).png());

		// when
		ExportedDraft exported = ExportedDraft.of(ExportFixtures.figureDraft(ExportFixtures.KEPT),
				LocalDate.of(2026, 1, 20), "", sameTitle);

		// then
		assertThat(exported.blocks()).filteredOn(ExportedDraft.Figure.class::isInstance)
			.singleElement()
			.satisfies(
					b -> assertThat(((ExportedDraft.Figure) b).source()).isEqualTo("출처: 분야별 민원 접수 현황, Draftwave 계산"));
		assertThat(exported.notes().getFirst().text()).contains("(표: 분야별 민원 접수 현황)").doesNotContain("문서:");
	}

}

package io.draftwave.web;

import java.util.List;
import java.util.Map;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.TableRows;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Computed figures as sources of drafts on the default corpus, with no language model:
 * the extractive drafter states the table's result as source [1], cited as a figure whose
 * analysis holds the exact source rows.
 */
class FigureDraftsIT extends ServiceWithDefaultCorpus {

	@Autowired
	AnalysisArchive analyses;

	@Autowired
	Tables tables;

	@Test
	void should_answer_the_top_three_fields_of_2025_with_a_figure_citation_whose_source_rows_hold_them() {
		// when
		Map<String, Object> draft = draft("answer", "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?");

		// then
		assertThat((String) draft.get("text")).startsWith("## 답변\n")
			.contains("교통·주차(54,756건), 환경·청소(29,619건), 도로·시설물(29,034건)입니다. [1]")
			.doesNotContain(" | ");
		Analysis analysis = figureOf(draft);
		assertThat(sourceValues(analysis, "분야", "접수 건수")).containsExactly("교통·주차 54756", "도로·시설물 29034", "환경·청소 29619");
		assertThat(sourceValues(analysis, "연도")).containsOnly("2025");
		assertAllSupported(draft);
	}

	@Test
	void should_answer_the_change_of_traffic_complaints_with_the_figures_of_both_years() {
		// when
		Map<String, Object> draft = draft("answer", "2023년 대비 2025년 교통·주차 민원 접수 건수는 몇 퍼센트 늘었나요?");

		// then
		assertThat((String) draft.get("text"))
			.contains("2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다 3.4% 늘었습니다. [1]");
		Analysis analysis = figureOf(draft);
		assertThat(analysis.figures()).containsExactly(54756.0, 52943.0, 1813.0, 3.4);
		assertThat(sourceValues(analysis, "연도", "분야", "접수 건수")).containsExactly("2023 교통·주차 52943", "2025 교통·주차 54756");
		assertAllSupported(draft);
	}

	@Test
	void should_answer_the_lowest_completion_rate_by_level_from_the_latest_year_without_total_rows() {
		// when
		Map<String, Object> draft = draft("answer", "레벨별 수료율이 가장 낮은 과정은?");

		// then
		assertThat((String) draft.get("text")).contains("2025년 수료율이 가장 낮은 과정명은 공공데이터·통계 분석 심화(89.2%)입니다. [1]");
		Analysis analysis = figureOf(draft);
		assertThat(sourceValues(analysis, "연도", "레벨", "수료율")).containsExactly("2025 Level 3 89.2");
		assertAllSupported(draft);
	}

	@Test
	void should_state_the_figure_first_in_the_status_of_a_policy_report_on_complaints_by_field() {
		// when
		Map<String, Object> draft = draft("policy-report", "분야별 민원 접수 현황에 대한 정책 보고서를 작성해 주세요");

		// then
		String text = (String) draft.get("text");
		assertThat(text).contains("## 현황\n2025년 민원 접수 건수 합계는 194,862건입니다. [1]")
			.doesNotContain("CSV 파일에 있습니다")
			.doesNotContain(" | ");
		Analysis analysis = figureOf(draft);
		assertThat(analysis.sourceRowCount()).isEqualTo(10);
		assertAllSupported(draft);
	}

	@Test
	void should_send_the_figure_type_and_analysis_in_the_citation_and_done_events_when_streaming() {
		// when
		List<ServerSentEvent<Map<String, Object>>> events = DraftStreams
			.open(web, Map.of("kind", "answer", "instructions", "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?"))
			.collectList()
			.block();

		// then
		Map<String, Object> source = list(events.getFirst().data(), "sources").getFirst();
		assertThat(source).containsEntry("type", "figure").containsKey("analysisId");
		Map<String, Object> cited = events.stream()
			.filter(e -> "citation".equals(e.event()) && Integer.valueOf(1).equals(e.data().get("marker")))
			.findFirst()
			.orElseThrow()
			.data();
		assertThat(cited).containsEntry("type", "figure").containsEntry("analysisId", source.get("analysisId"));
		Map<String, Object> done = events.getLast().data();
		assertThat(list(done, "citations").getFirst()).containsEntry("type", "figure")
			.containsEntry("analysisId", source.get("analysisId"));
		assertThat(list(done, "citations").subList(1, list(done, "citations").size()))
			.allSatisfy(c -> assertThat(c).containsEntry("type", "passage"));
	}

	@Test
	void should_answer_404_with_a_problem_when_no_analysis_has_the_id() {
		web.get()
			.uri("/api/analyses/{id}", "0000000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	/** The figure citation [1] of the draft, its link answering, and its analysis. */
	private Analysis figureOf(Map<String, Object> draft) {
		Map<String, Object> citation = list(draft, "citations").getFirst();
		assertThat(citation).containsEntry("marker", 1).containsEntry("type", "figure");
		String id = (String) citation.get("analysisId");
		assertThat(citation).containsEntry("sourceId", "figure-" + id).containsEntry("url", "/api/analyses/" + id);
		Analysis analysis = analyses.find(id).orElseThrow();
		assertThat(citation).containsEntry("documentId", analysis.table().documentId())
			.containsEntry("title", analysis.table().title());
		web.get()
			.uri((String) citation.get("url"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.statement")
			.isEqualTo(analysis.statement())
			.jsonPath("$.sourceRows.length()")
			.isEqualTo(analysis.sourceRows().size())
			.jsonPath("$.sql")
			.isEqualTo(analysis.sql());
		return analysis;
	}

	/**
	 * The named columns of each source row, read back from the table, space-separated.
	 */
	private List<String> sourceValues(Analysis analysis, String... columns) {
		TableRows rows = tables.rows(analysis.table().tableId(), 0, (int) analysis.table().rows());
		List<String> names = analysis.table().columns().stream().map(c -> c.label()).toList();
		return analysis.sourceRows().stream().map(n -> {
			List<Object> row = rows.rows().get(rows.rowNumbers().indexOf(n));
			return String.join(" ",
					java.util.Arrays.stream(columns).map(c -> String.valueOf(row.get(names.indexOf(c)))).toList());
		}).toList();
	}

	private static void assertAllSupported(Map<String, Object> draft) {
		assertThat(list(draft, "sentences")).as("%s", draft.get("text"))
			.allSatisfy(s -> assertThat(s.get("supported")).as("sentence %s", s).isEqualTo(true));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> draft(String kind, String instructions) {
		return web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", kind, "instructions", instructions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

}

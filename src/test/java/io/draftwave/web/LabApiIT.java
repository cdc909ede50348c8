package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static io.draftwave.web.LabRuns.cells;
import static io.draftwave.web.LabRuns.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt lab over HTTP with the shipped exercises and the default corpus, drafted by
 * the extractive drafter as on a fresh start without a model.
 */
class LabApiIT extends ServiceWithDefaultCorpus {

	private static final String EXERCISE = "l2-press-release-training-2024";

	@Test
	void should_list_the_exercises_by_level_with_no_problems() {
		// when
		Map<String, Object> body = getJson("/api/lab/exercises");

		// then
		List<Map<String, Object>> exercises = list(body, "exercises");
		assertThat(exercises).hasSizeGreaterThanOrEqualTo(10);
		assertThat(exercises).extracting(e -> (Integer) e.get("level")).isSorted();
		assertThat(exercises).anySatisfy(e -> assertThat(e).containsEntry("id", EXERCISE)
			.containsEntry("level", 2)
			.containsEntry("kind", "press-release")
			.containsEntry("language", "ko")
			.containsEntry("cases", 3));
		assertThat(list(body, "problems")).isEmpty();
	}

	@Test
	void should_show_an_exercise_with_its_sources_resolved_to_documents() {
		// when
		Map<String, Object> exercise = getJson("/api/lab/exercises/" + EXERCISE);

		// then
		assertThat(exercise).containsKeys("goal", "instructions", "variants", "cases");
		assertThat((List<?>) exercise.get("documentIds")).hasSize(2);
		assertThat(list(exercise, "sources")).extracting(s -> s.get("title")).contains("2024년 데이터 인재 양성 교육 운영 결과 보고");
		assertThat((List<?>) exercise.get("missingDocuments")).isEmpty();
		assertThat(list(exercise, "variants")).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(v -> assertThat(v).containsKeys("name", "prompt"));
		assertThat(list(list(exercise, "cases").get(0), "checks"))
			.anySatisfy(c -> assertThat(c).containsEntry("type", "contains").containsEntry("description", "‘847명’ 포함"));
	}

	@Test
	void should_offer_the_extractive_drafter_without_temperatures() {
		// when
		Map<String, Object> body = getJson("/api/lab/models");

		// then
		assertThat(list(body, "models")).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("id", "extractive")
				.containsEntry("kind", "extractive")
				.containsEntry("temperatures", false));
	}

	@Test
	void should_run_three_variants_over_the_cases_and_score_every_cell() throws InterruptedException {
		// given
		Map<String, Object> body = Map.of("exerciseId", EXERCISE, "participant", "김민지", "variants",
				List.of(Map.of("name", "막연한 요청", "prompt", "교육 보도자료 써 줘."),
						Map.of("name", "주제", "prompt", "{{input}}을 알리는 보도자료를 쓰세요."),
						Map.of("name", "수치", "prompt", "{{input}}: 참여 인원, 수료 인원, 수료율을 알리는 보도자료")));

		// when
		Map<String, Object> started = LabRuns.start(web, body);
		Map<String, Object> run = LabRuns.awaitDone(web, (String) started.get("runId"));

		// then
		assertThat(started).containsEntry("status", "running").containsEntry("exerciseId", EXERCISE);
		assertThat(cells(started)).hasSize(9).extracting(c -> c.get("cellId")).startsWith("c1", "c2", "c3");
		assertThat(run).containsEntry("status", "done").containsKey("finishedAt");
		assertThat(LabRuns.map(run, "progress")).containsEntry("done", 9).containsEntry("total", 9);
		assertThat(cells(run)).allSatisfy(cell -> {
			assertThat(cell).containsEntry("status", "done").containsEntry("mode", "extractive");
			assertThat((String) cell.get("prompt")).contains("[system]").contains("[user]");
			assertThat(list(cell, "checks")).isNotEmpty()
				.allSatisfy(k -> assertThat(k).containsKeys("type", "description", "passed", "reason"));
			assertThat(((Number) cell.get("score")).doubleValue()).isBetween(0.0, 1.0);
			assertThat(cell).doesNotContainKey("temperature");
		});
		Map<String, Object> participants = cells(run).stream()
			.filter(c -> c.get("variant").equals("수치") && c.get("caseId").equals("results"))
			.findFirst()
			.orElseThrow();
		assertThat((String) participants.get("prompt")).contains("2024년 데이터 인재 양성 교육 결과: 참여 인원");
		assertThat((String) participants.get("output")).contains("847명");
		assertThat(list(participants, "citations")).isNotEmpty()
			.allSatisfy(c -> assertThat(c).containsKeys("marker", "sourceId", "title", "excerpt"));
		assertThat(list(run, "summary")).hasSize(3).allSatisfy(s -> {
			assertThat(s).containsEntry("model", "extractive");
			assertThat(((Number) s.get("total")).intValue()).isPositive();
		});
	}

	@Test
	void should_write_the_same_output_when_an_extractive_cell_is_run_again() throws InterruptedException {
		// given
		Map<String, Object> started = LabRuns.start(web,
				Map.of("exerciseId", EXERCISE, "variants", List.of(Map.of("name", "A", "prompt", "{{input}} 보도자료"))));
		String runId = (String) started.get("runId");
		Map<String, Object> first = cells(LabRuns.awaitDone(web, runId)).get(1);

		// when
		Map<String, Object> pending = web.post()
			.uri("/api/lab/runs/{run}/cells/{cell}/rerun", runId, first.get("cellId"))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> again = cells(LabRuns.awaitDone(web, runId)).get(1);

		// then
		assertThat(cells(pending).get(1)).containsEntry("status", "pending");
		assertThat(again.get("output")).isEqualTo(first.get("output"));
		assertThat(again.get("prompt")).isEqualTo(first.get("prompt"));
		assertThat(again.get("checks")).isEqualTo(first.get("checks"));
		assertThat(again.get("citations")).isEqualTo(first.get("citations"));
	}

	@Test
	void should_export_a_run_as_csv_and_json_and_rank_it_on_the_leaderboard() throws InterruptedException {
		// given
		Map<String, Object> started = LabRuns.start(web, Map.of("exerciseId", EXERCISE, "participant", "박서준",
				"variants", List.of(Map.of("name", "A", "prompt", "{{input}} 보도자료"))));
		String runId = (String) started.get("runId");
		LabRuns.awaitDone(web, runId);

		// when
		var csv = web.get()
			.uri("/api/lab/runs/{id}/export?format=csv", runId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(new MediaType("text", "csv"))
			.expectBody(byte[].class)
			.returnResult();
		var json = web.get()
			.uri("/api/lab/runs/{id}/export?format=json", runId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(Map.class)
			.returnResult();
		Map<String, Object> board = getJson("/api/lab/leaderboard?exerciseId=" + EXERCISE);
		Map<String, Object> runs = getJson("/api/lab/runs?exerciseId=" + EXERCISE);

		// then
		String text = new String(csv.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFrun_id,exercise_id,participant,cell_id");
		assertThat(text.split("\r\n")).hasSize(4);
		assertThat(text).contains(runId + "," + EXERCISE + ",박서준,c1,A,extractive,,results,done,");
		assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"lab-run-" + runId + ".csv\"");
		assertThat(json.getResponseBody()).containsEntry("runId", runId).containsKey("cells");
		assertThat(json.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains(".json");
		assertThat(list(board, "entries")).anySatisfy(e -> assertThat(e).containsEntry("participant", "박서준")
			.containsEntry("variant", "A")
			.containsEntry("runId", runId)
			.containsKeys("rank", "score", "passed", "total"));
		assertThat(list(runs, "runs")).anySatisfy(r -> assertThat(r).containsEntry("runId", runId)
			.containsEntry("status", "done")
			.containsKeys("createdAt", "progress", "summary"));
	}

	@Test
	void should_refuse_bad_run_requests_with_problem_details() {
		String variant = "{\"name\":\"A\",\"prompt\":\"{{input}}\"}";
		assertInvalid("{\"exerciseId\":\"no-such-exercise\",\"variants\":[" + variant + "]}", "no exercise has the id");
		assertInvalid("{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":[]}", "at least one prompt variant");
		assertInvalid("{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":[{\"name\":\"A\",\"prompt\":\"  \"}]}",
				"has an empty prompt");
		assertInvalid("{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":[" + variant
				+ "],\"models\":[{\"model\":\"gpt-9\"}]}", "unknown model 'gpt-9'");
		assertInvalid(
				"{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":["
						+ String.join(",", java.util.Collections.nCopies(7, variant)) + "]}",
				"at most 6 variants, not 7");
		assertInvalid(
				"{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":[" + variant + "],\"models\":["
						+ String.join(",", java.util.Collections.nCopies(5, "{\"model\":\"extractive\"}")) + "]}",
				"at most 4 model settings, not 5");
		assertInvalid("{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":[" + variant + "," + variant + "]}",
				"two variants are named 'A'");
		assertInvalid("{\"exerciseId\":\"" + EXERCISE + "\",\"variants\":", "not valid JSON");
	}

	@Test
	void should_answer_404_for_an_unknown_exercise_run_or_cell() {
		web.get()
			.uri("/api/lab/exercises/nope")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
		web.get()
			.uri("/api/lab/runs/nope")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("no lab run has the id 'nope'");
		web.get().uri("/api/lab/leaderboard?exerciseId=nope").exchange().expectStatus().isNotFound();
		web.get().uri("/api/lab/runs/nope/export?format=xml").exchange().expectStatus().isBadRequest();
	}

	private void assertInvalid(String json, String detail) {
		web.post()
			.uri("/api/lab/runs")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).as(json).contains(detail));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> getJson(String path) {
		return web.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}

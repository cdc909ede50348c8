package io.draftwave.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.draftwave.web.LabRuns.cells;
import static io.draftwave.web.LabRuns.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab runs with a language model behind an OpenAI-compatible endpoint (WireMock)
 * configured in {@code draftwave.lab.models}: cells are drafted at their setting's
 * temperature, and a model that fails (500, malformed reply, stall) fails its own cells,
 * without the extractive fallback, while the rest of the grid completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.lab.models[0].id=stub", "draftwave.lab.models[0].label=Stub model",
				"draftwave.lab.models[0].base-url=${wiremock.server.baseUrl}/v1",
				"draftwave.lab.models[0].model=test-model", "draftwave.llm.first-token-timeout=2s",
				"draftwave.llm.idle-timeout=2s", "draftwave.llm.timeout=10s" })
@EnableWireMock(@ConfigureWireMock(name = "lab-llm"))
class LabLanguageModelIT extends ServiceWithDefaultCorpus {

	private static final String EXERCISE = "l2-press-release-training-2024";

	private static final String COMPLETIONS = "/v1/chat/completions";

	private static final String ANSWER = "## 제목\\n2024년 데이터 인재 양성 교육 참여 인원은 847명으로 늘었다 [1].";

	@InjectWireMock("lab-llm")
	WireMockServer llm;

	@BeforeEach
	void resetModel() {
		llm.resetAll();
	}

	@Test
	void should_offer_the_configured_model_with_temperatures() {
		// when
		Map<String, Object> body = web.get()
			.uri("/api/lab/models")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(list(body, "models")).extracting(m -> m.get("id"), m -> m.get("kind"), m -> m.get("temperatures"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("extractive", "extractive", false),
					org.assertj.core.groups.Tuple.tuple("stub", "llm", true));
	}

	@Test
	void should_draft_model_cells_at_the_settings_temperature_and_score_them() throws InterruptedException {
		// given
		answerWith(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of(ANSWER), 100, 20)));

		// when
		Map<String, Object> run = runWith(List.of(Map.of("model", "stub", "temperature", 0.7)));

		// then
		assertThat(cells(run)).hasSize(3).allSatisfy(cell -> {
			assertThat(cell).containsEntry("status", "done")
				.containsEntry("mode", "llm")
				.containsEntry("temperature", 0.7);
			assertThat((String) cell.get("output")).contains("847명");
		});
		Map<String, Object> results = cells(run).getFirst();
		assertThat(list(results, "checks")).filteredOn(k -> k.get("description").equals("‘847명’ 포함"))
			.singleElement()
			.satisfies(k -> assertThat(k).containsEntry("passed", true));
		assertThat(list(results, "checks")).filteredOn(k -> k.get("type").equals("sections"))
			.singleElement()
			.satisfies(k -> assertThat((String) k.get("reason")).contains("빠진 항목: 부제, 리드, 본문"));
		var requests = llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
		assertThat(requests).hasSize(3)
			.allSatisfy(r -> assertThat(r.getBodyAsString()).containsPattern("\"temperature\"\\s*:\\s*0\\.7\\b"));
		assertThat((String) results.get("prompt")).contains("[user]").contains("2024년 데이터 인재 양성 교육 결과");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void should_fail_only_the_cells_the_model_could_not_draft(String name, ResponseDefinitionBuilder failure,
			String error) throws InterruptedException {
		// given: the model fails for the satisfaction case only
		answerWith(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of(ANSWER), 100, 20)));
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(containing("만족도")).atPriority(1).willReturn(failure));

		// when
		Map<String, Object> run = runWith(List.of(Map.of("model", "extractive"), Map.of("model", "stub")));

		// then
		assertThat(run).containsEntry("status", "done");
		List<Map<String, Object>> failed = cells(run).stream().filter(c -> "failed".equals(c.get("status"))).toList();
		assertThat(failed).singleElement().satisfies(cell -> {
			assertThat(cell).containsEntry("model", "stub")
				.containsEntry("caseId", "satisfaction")
				.containsEntry("score", 0.0)
				.containsEntry("output", "");
			assertThat((String) cell.get("error")).contains(error);
			assertThat(list(cell, "checks")).isNotEmpty().allSatisfy(k -> {
				assertThat(k).containsEntry("passed", false);
				assertThat((String) k.get("reason")).startsWith("초안이 작성되지 않았습니다").contains(error);
			});
		});
		assertThat(cells(run)).filteredOn(c -> !"failed".equals(c.get("status")))
			.hasSize(5)
			.allSatisfy(c -> assertThat(c).containsEntry("status", "done"))
			.allSatisfy(c -> assertThat((List<?>) c.get("warnings"))
				.noneSatisfy(w -> assertThat((String) w).contains("extractive drafter")));
		assertThat(list(run, "summary")).filteredOn(s -> s.get("model").equals("extractive"))
			.singleElement()
			.satisfies(s -> assertThat(((Number) s.get("passed")).intValue()).isPositive());
	}

	static Stream<Arguments> failures() {
		return Stream.of(
				Arguments.of("server error 500", aResponse().withStatus(500).withBody("{\"error\":{}}"),
						"the language model's server failed (HTTP 500)"),
				Arguments.of("malformed reply",
						aResponse().withStatus(200)
							.withHeader("Content-Type", "text/event-stream")
							.withBody("data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\n\n"),
						"not understood"),
				Arguments.of("stall",
						aResponse().withStatus(200)
							.withHeader("Content-Type", "text/event-stream")
							.withBody(OpenAiStream.body("test-model", List.of("늦은 답변"), 1, 1))
							.withFixedDelay(6000),
						"did not answer within 2 s"));
	}

	private void answerWith(ResponseDefinitionBuilder response) {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).atPriority(5).willReturn(response));
	}

	private Map<String, Object> runWith(List<Map<String, Object>> models) throws InterruptedException {
		Map<String, Object> started = LabRuns.start(web, Map.of("exerciseId", EXERCISE, "variants",
				List.of(Map.of("name", "A", "prompt", "{{input}}")), "models", models));
		return LabRuns.awaitDone(web, (String) started.get("runId"));
	}

}

package io.draftwave.lab;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.draftwave.corpus.ServiceProcess;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab runs survive the service: a finished run reads the same after a restart, and a run
 * whose model cells were being drafted when the service was killed has them drafted again
 * after the restart, to the end.
 */
class LabRestartIT {

	private static final String EXERCISE = "l2-press-release-training-2024";

	private static final List<String> DOCUMENTS = List.of("2024 교육 결과 보고.md", "data-ai-curriculum-levels.md");

	private static final String ANSWER = "## 제목\\n2024년 교육 참여 인원은 847명이었다 [1].";

	@TempDir
	Path temp;

	private final WireMockServer model = new WireMockServer(options().dynamicPort());

	@BeforeEach
	void startModel() {
		model.start();
	}

	@AfterEach
	void stopModel() {
		model.stop();
	}

	@Test
	void should_keep_a_finished_run_and_finish_an_interrupted_one_after_a_restart() throws Exception {
		// given: a model that holds every call far longer than the test
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		for (String name : DOCUMENTS) {
			Files.copy(Path.of("corpus", name), corpus.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		Path data = temp.resolve("data");
		Path log = Path.of("target", "lab-restart-service.log");
		Files.deleteIfExists(log);
		List<String> settings = List.of("--draftwave.lab.models[0].id=stub",
				"--draftwave.lab.models[0].base-url=" + model.baseUrl() + "/v1", "--draftwave.lab.concurrency=1",
				"--draftwave.llm.first-token-timeout=120s", "--draftwave.llm.timeout=180s");
		model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of(ANSWER), 10, 10))
			.withFixedDelay(100_000)));
		String finished;
		String interrupted;
		JsonNode before;
		try (ServiceProcess service = ServiceProcess.start(data, corpus, log, settings)) {
			finished = start(service, "extractive");
			before = await(service, finished, run -> run.get("status").asString().equals("done"));
			interrupted = start(service, "stub");
			await(service, interrupted, run -> cells(run, "running") == 1);

			// when
			service.kill();
		}
		model.resetAll();
		model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of(ANSWER), 10, 10))));
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log, settings)) {
			// then
			JsonNode after = restarted.get("/api/lab/runs/" + finished);
			assertThat(after.get("status").asString()).isEqualTo("done");
			assertThat(outputs(after)).isEqualTo(outputs(before)).allSatisfy(o -> assertThat(o).isNotBlank());
			JsonNode resumed = await(restarted, interrupted, run -> run.get("status").asString().equals("done"));
			assertThat(cells(resumed, "done")).isEqualTo(3);
			for (JsonNode cell : resumed.get("cells")) {
				assertThat(cell.get("mode").asString()).isEqualTo("llm");
				assertThat(cell.get("output").asString()).contains("847명");
			}
			assertThat(restarted.get("/api/lab/runs?exerciseId=" + EXERCISE).get("runs").size()).isEqualTo(2);
		}
	}

	private static String start(ServiceProcess service, String modelId) throws Exception {
		String body = "{\"exerciseId\":\"" + EXERCISE + "\",\"participant\":\"재시작\",\"variants\":[{\"name\":\"A\","
				+ "\"prompt\":\"{{input}} 보도자료\"}],\"models\":[{\"model\":\"" + modelId + "\"}]}";
		long deadline = System.nanoTime() + 60_000_000_000L;
		HttpResponse<String> response = service.post("/api/lab/runs", body);
		// the exercise's documents are refused until the corpus folder is indexed
		while (response.statusCode() == 400 && System.nanoTime() < deadline) {
			Thread.sleep(500);
			response = service.post("/api/lab/runs", body);
		}
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return ServiceProcess.json(response.body()).get("runId").asString();
	}

	private static JsonNode await(ServiceProcess service, String runId, Predicate<JsonNode> condition)
			throws Exception {
		long deadline = System.nanoTime() + 90_000_000_000L;
		while (System.nanoTime() < deadline) {
			JsonNode run = service.get("/api/lab/runs/" + runId);
			if (condition.test(run)) {
				return run;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("lab run " + runId + " did not reach the expected state");
	}

	private static int cells(JsonNode run, String status) {
		int n = 0;
		for (JsonNode cell : run.get("cells")) {
			n += cell.get("status").asString().equals(status) ? 1 : 0;
		}
		return n;
	}

	private static List<String> outputs(JsonNode run) {
		List<String> outputs = new ArrayList<>();
		run.get("cells").forEach(c -> outputs.add(c.get("output").asString()));
		return outputs;
	}

}

package io.draftwave.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Starting a lab run over HTTP and waiting, by polling, until it is done. */
final class LabRuns {

	private static final Duration LIMIT = Duration.ofSeconds(90);

	private LabRuns() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> start(WebTestClient web, Map<String, Object> body) {
		return web.post()
			.uri("/api/lab/runs")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> awaitDone(WebTestClient web, String runId) throws InterruptedException {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			Map<String, Object> run = web.get()
				.uri("/api/lab/runs/{id}", runId)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			if ("done".equals(run.get("status"))) {
				return run;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("lab run " + runId + " was not done within " + LIMIT.toSeconds() + " s");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> cells(Map<String, Object> run) {
		return (List<Map<String, Object>>) run.get("cells");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

}

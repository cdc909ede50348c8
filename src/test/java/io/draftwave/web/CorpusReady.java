package io.draftwave.web;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Waits, through the health endpoint, until the service has indexed its corpus folders. */
public final class CorpusReady {

	private CorpusReady() {
	}

	/** Returns once {@code /actuator/health} reports the corpus folders done; fails after 60 s. */
	public static void await(WebTestClient web) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String body = web.get().uri("/actuator/health").exchange().expectBody(String.class).returnResult()
				.getResponseBody();
			if (body.contains("\"folders\":\"done\"")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the corpus folder was not indexed within 60 s");
	}

}

package io.draftwave.web;

import java.time.Duration;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Waits, through the health endpoint, until the service has indexed its corpus folders.
 */
public final class CorpusReady {

	private static final Duration LIMIT = Duration.ofSeconds(60);

	/**
	 * Each poll gets this long; a poll that gets no answer is retried on a new request.
	 */
	private static final Duration POLL = Duration.ofSeconds(3);

	private CorpusReady() {
	}

	public static void await(WebTestClient web) throws InterruptedException {
		WebTestClient polling = web.mutate().responseTimeout(POLL).build();
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (indexed(polling)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the corpus folder was not indexed within " + LIMIT.toSeconds() + " s");
	}

	private static boolean indexed(WebTestClient polling) {
		try {
			String body = polling.get()
				.uri("/actuator/health")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			return body != null && body.contains("\"folders\":\"done\"");
		}
		catch (IllegalStateException ex) {
			// no answer within POLL: ask again on a new request rather than fail the test
			return false;
		}
	}

}

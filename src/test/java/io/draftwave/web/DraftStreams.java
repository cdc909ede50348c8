package io.draftwave.web;

import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Opens {@code POST /api/drafts/stream} and hands back its events as they arrive. */
final class DraftStreams {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	private DraftStreams() {
	}

	/**
	 * The events of a draft stream; comments (keep-alive) are left out. Cancel to leave
	 * the stream.
	 */
	static Flux<ServerSentEvent<Map<String, Object>>> open(WebTestClient web, Map<String, Object> body) {
		return web.post()
			.uri("/api/drafts/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody()
			.filter(e -> e.event() != null);
	}

}

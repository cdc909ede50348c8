package io.draftwave.web;

import java.util.List;
import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads the audit trail through {@code GET /api/audit}, with an admin key. */
final class AuditApi {

	private AuditApi() {
	}

	/**
	 * A page of events, newest first, for {@code query} (e.g. {@code size=3&kind=draft}).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> page(WebTestClient web, String adminKey, String query) {
		var request = web.get().uri("/api/audit?" + query);
		if (!adminKey.isEmpty()) {
			request = request.header("X-API-Key", adminKey);
		}
		return request.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> events(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("events");
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> map, String key) {
		return (List<Object>) map.get(key);
	}

}

package io.draftwave.web;

import java.util.Map;

import io.draftwave.security.ApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AccessKeysIT {

	private static final String OFFICIAL_KEY = "dw-official-5c1e";

	private static final String ADMIN_KEY = "dw-admin-9a07";

	private static final String FLOOD_KEY = "dw-flood-33d2";

	private static final int PER_MINUTE = 5;

	private static final Map<String, String> QUERY = Map.of("query", "주차장 예약");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.requests-per-minute", () -> PER_MINUTE);
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash(OFFICIAL_KEY));
		registry.add("draftwave.security.api-keys[1]", () -> "it-team:admin:{sha256}" + ApiKeys.hash(ADMIN_KEY));
		registry.add("draftwave.security.api-keys[2]", () -> "flood-test:official:" + ApiKeys.hash(FLOOD_KEY));
	}

	@Autowired
	WebTestClient web;

	@Test
	void should_answer_401_problem_with_bearer_challenge_when_no_key_is_sent() {
		// when
		WebTestClient.ResponseSpec response = web.post().uri("/api/search").bodyValue(QUERY).exchange();

		// then
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).contains("X-API-Key"));
	}

	@Test
	void should_answer_401_without_echoing_the_key_when_the_key_is_wrong() {
		// when
		EntityExchangeResult<String> result = web.post()
			.uri("/api/search")
			.header(HttpHeaders.AUTHORIZATION, "Bearer dw-guessed-0000")
			.bodyValue(QUERY)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.returnResult();

		// then
		assertThat(result.getResponseBody()).contains("/problems/unauthorized").doesNotContain("dw-guessed-0000");
	}

	@Test
	void should_search_when_an_official_key_is_sent_as_bearer_or_x_api_key() {
		// when
		WebTestClient.ResponseSpec bearer = web.post()
			.uri("/api/search")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OFFICIAL_KEY)
			.bodyValue(QUERY)
			.exchange();
		WebTestClient.ResponseSpec header = web.post()
			.uri("/api/search")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(QUERY)
			.exchange();

		// then
		bearer.expectStatus().isOk().expectBody().jsonPath("$.hits").isArray();
		header.expectStatus().isOk();
	}

	@Test
	void should_refuse_deletion_with_403_when_the_key_is_an_officials() {
		// when
		WebTestClient.ResponseSpec response = web.delete()
			.uri("/api/documents/{id}", "0".repeat(64))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + OFFICIAL_KEY)
			.exchange();

		// then
		response.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden")
			.jsonPath("$.status")
			.isEqualTo(403);
	}

	@Test
	void should_let_deletion_through_to_a_404_when_the_key_is_an_admins() {
		// when
		WebTestClient.ResponseSpec response = web.delete()
			.uri("/api/documents/{id}", "0".repeat(64))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_KEY)
			.exchange();

		// then
		response.expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo("/problems/not-found");
	}

	@Test
	void should_answer_429_with_retry_after_when_a_key_exceeds_its_rate() {
		// given
		for (int i = 0; i < PER_MINUTE; i++) {
			web.post()
				.uri("/api/search")
				.header("X-API-Key", FLOOD_KEY)
				.bodyValue(QUERY)
				.exchange()
				.expectStatus()
				.isOk();
		}

		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri("/api/search")
			.header("X-API-Key", FLOOD_KEY)
			.bodyValue(QUERY)
			.exchange();

		// then
		response.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isBetween(1L, 12L))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-requests")
			.jsonPath("$.status")
			.isEqualTo(429);
	}

	@Test
	void should_answer_in_openai_error_shape_when_v1_is_called_without_a_key() {
		// when
		WebTestClient.ResponseSpec response = web.get().uri("/v1/models").exchange();

		// then
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.exists(HttpHeaders.WWW_AUTHENTICATE)
			.expectBody()
			.jsonPath("$.error.message")
			.isNotEmpty()
			.jsonPath("$.error.type")
			.isEqualTo("invalid_request_error")
			.jsonPath("$.error.code")
			.isEqualTo("invalid_api_key")
			.jsonPath("$.type")
			.doesNotExist();
	}

	@Test
	void should_keep_health_open_when_no_key_is_sent() {
		// when
		WebTestClient.ResponseSpec response = web.get().uri("/actuator/health").exchange();

		// then
		response.expectStatus().isOk();
	}

}

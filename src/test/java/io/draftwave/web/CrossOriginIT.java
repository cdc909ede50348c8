package io.draftwave.web;

import java.util.Map;

import io.draftwave.security.ApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers on other sites' pages: an allowed origin's preflight is answered before any
 * key is asked for and its requests carry CORS headers; any other origin is refused with
 * a problem.
 */
@ServiceTest
class CrossOriginIT {

	private static final String INTRANET = "https://intranet.example.go.kr";

	private static final String OTHER = "https://elsewhere.example.com";

	private static final String KEY = "dw-intranet-61af";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.api-keys[0]", () -> "intranet:official:" + ApiKeys.hash(KEY));
		registry.add("draftwave.web.allowed-origins", () -> INTRANET + "/");
	}

	@Autowired
	WebTestClient web;

	@Test
	void should_answer_the_preflight_of_an_allowed_origin_without_a_key() {
		// when
		WebTestClient.ResponseSpec response = web.options()
			.uri("/api/drafts/stream")
			.header(HttpHeaders.ORIGIN, INTRANET)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, authorization")
			.exchange();

		// then
		response.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, INTRANET)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					headers -> assertThat(headers.toLowerCase()).contains("authorization").contains("content-type"))
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "1800");
	}

	@Test
	void should_serve_an_allowed_origin_with_cors_headers_and_still_ask_for_its_key() {
		// when
		WebTestClient.ResponseSpec withKey = web.post()
			.uri("/api/search")
			.header(HttpHeaders.ORIGIN, INTRANET)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "주차장"))
			.exchange();
		WebTestClient.ResponseSpec withoutKey = web.get()
			.uri("/api/documents")
			.header(HttpHeaders.ORIGIN, INTRANET)
			.exchange();

		// then
		withKey.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, INTRANET);
		withoutKey.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, INTRANET);
	}

	@Test
	void should_refuse_another_origin_with_a_problem_that_page_may_read() {
		// when
		WebTestClient.ResponseSpec response = web.get()
			.uri("/api/documents")
			.header(HttpHeaders.ORIGIN, OTHER)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
			.exchange();

		// then
		response.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, OTHER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/origin-not-allowed")
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.detail")
			.value(String.class, d -> assertThat(d).contains("draftwave.web.allowed-origins"));
	}

	@Test
	void should_refuse_the_preflight_of_another_origin() {
		// when
		WebTestClient.ResponseSpec response = web.options()
			.uri("/api/drafts/stream")
			.header(HttpHeaders.ORIGIN, OTHER)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange();

		// then
		response.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/origin-not-allowed");
	}

	@Test
	void should_serve_clients_that_send_no_origin_as_before() {
		// when
		WebTestClient.ResponseSpec response = web.get()
			.uri("/api/documents")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + KEY)
			.exchange();

		// then
		response.expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

}

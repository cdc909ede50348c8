package io.draftwave.web;

import io.draftwave.security.ApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class OpenApiIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash("dw-docs-1"));
	}

	@Autowired
	WebTestClient web;

	@Test
	void should_describe_search_and_drafts_with_examples_when_api_docs_are_requested_without_a_key() {
		// when
		WebTestClient.BodyContentSpec body = web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();

		// then
		body.jsonPath("$.paths['/api/search'].post")
			.exists()
			.jsonPath("$.paths['/api/drafts'].post")
			.exists()
			.jsonPath("$.paths['/api/documents/{id}'].delete")
			.exists()
			.jsonPath("$.paths['/api/search'].post.requestBody.content['application/json'].example")
			.exists()
			.jsonPath("$.paths['/api/drafts'].post.requestBody.content['application/json'].example")
			.exists()
			.jsonPath("$.paths['/actuator/health']")
			.doesNotExist();
	}

	@Test
	void should_describe_the_tables_and_analyses_and_guard_them_like_every_api_endpoint() {
		// when
		WebTestClient.BodyContentSpec body = web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();

		// then
		body.jsonPath("$.paths['/api/tables'].get")
			.exists()
			.jsonPath("$.paths['/api/tables/{tableId}/rows'].get")
			.exists()
			.jsonPath("$.paths['/api/analyses'].post.requestBody.content['application/json'].example")
			.exists()
			.jsonPath("$.paths['/api/analyses/{analysisId}/chart.svg'].get")
			.exists()
			.jsonPath("$.paths['/api/analyses/{analysisId}/result.csv'].get")
			.exists();
		web.get().uri("/api/tables").exchange().expectStatus().isUnauthorized();
		web.get().uri("/api/analyses/0123456789abcdef/chart.png").exchange().expectStatus().isUnauthorized();
		web.get()
			.uri("/api/tables")
			.header("X-API-Key", "dw-docs-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tables")
			.isArray();
		web.get().uri("/data/").exchange().expectStatus().isOk();
	}

	@Test
	void should_serve_swagger_ui_when_it_is_requested_without_a_key() {
		// when
		WebTestClient.ResponseSpec entry = web.get().uri("/swagger-ui.html").exchange();
		String page = web.get()
			.uri("/webjars/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		// then
		entry.expectStatus().is3xxRedirection();
		assertThat(page).contains("swagger-ui");
	}

}

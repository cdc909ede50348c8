package io.draftwave.web;

import java.util.Map;

import io.draftwave.corpus.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The refusals of the access filters: each body is the catalogue's problem, or OpenAI's
 * error on {@code /v1}.
 */
class AccessRefusalsTest {

	private final ProblemCatalogue problems = ProblemCatalogueTest.fromBundles();

	private final JsonMapper json = JsonMapper.builder().build();

	private final AccessRefusals refusals = new AccessRefusals(problems, json);

	@ParameterizedTest(name = "{0}")
	@EnumSource(AccessRefusals.Reason.class)
	void should_answer_the_catalogue_problem_in_the_request_language_when_an_api_request_is_refused(
			AccessRefusals.Reason reason) {
		for (Language language : Language.values()) {
			// given
			MockServerWebExchange exchange = MockServerWebExchange
				.from(MockServerHttpRequest.get("/api/search").header(HttpHeaders.ACCEPT_LANGUAGE, language.code()));

			// when
			refusals.write(exchange, reason, 7).block();

			// then
			assertThat(exchange.getResponse().getStatusCode()).isEqualTo(reason.type.status());
			assertThat(exchange.getResponse().getHeaders().getContentType())
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			Map<String, Object> body = body(exchange);
			assertThat(body).isEqualTo(problems.fields(reason.type, reason.detail, language, "/api/search"));
			assertThat(body).containsEntry("title", problems.title(reason.type, language));
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(AccessRefusals.Reason.class)
	@SuppressWarnings("unchecked")
	void should_answer_openai_error_typed_by_the_catalogue_when_a_v1_request_is_refused(AccessRefusals.Reason reason) {
		// given
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/v1/chat/completions"));

		// when
		refusals.write(exchange, reason, 7).block();

		// then
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(reason.type.status());
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		Map<String, Object> body = body(exchange);
		assertThat(body).containsOnlyKeys("error");
		assertThat((Map<String, Object>) body.get("error")).containsExactly(entry("message", reason.detail),
				entry("type", reason.type.openAiType()), entry("param", null), entry("code", reason.openAiCode));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> body(MockServerWebExchange exchange) {
		return json.readValue(exchange.getResponse().getBodyAsString().block(), Map.class);
	}

}

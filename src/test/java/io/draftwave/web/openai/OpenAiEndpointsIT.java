package io.draftwave.web.openai;

import io.draftwave.web.ServiceWithDefaultCorpus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1} on the wire: the model list, the chunks of a stream with their citations,
 * chat turns as context, and errors in OpenAI's shape while {@code /api} keeps
 * problem+json.
 */
class OpenAiEndpointsIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String COMPLETIONS = "/v1/chat/completions";

	@Test
	@SuppressWarnings("unchecked")
	void should_list_one_model_per_draft_kind_when_models_are_requested() {
		// when
		WebTestClient.BodyContentSpec body = web.get().uri("/v1/models").exchange().expectStatus().isOk().expectBody();

		// then
		body.jsonPath("$.object")
			.isEqualTo("list")
			.jsonPath("$.data[*].id")
			.value(ids -> assertThat((List<Object>) ids).containsExactly("draftwave-press-release",
					"draftwave-policy-report", "draftwave-complaint-reply", "draftwave-memo", "draftwave-answer"))
			.jsonPath("$.data[0].object")
			.isEqualTo("model")
			.jsonPath("$.data[0].owned_by")
			.isEqualTo("draftwave")
			.jsonPath("$.data[0].created")
			.isNumber();
	}

	@Test
	void should_stream_role_then_text_with_citations_then_stop_and_done_when_stream_is_true() {
		// given
		Map<String, Object> request = chat("draftwave-answer", List.of(Map.of("role", "user", "content", QUESTION)));
		request.put("stream", true);

		// when
		List<String> lines = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(String.class)
			.getResponseBody()
			.collectList()
			.block(Duration.ofSeconds(30));

		// then
		assertThat(lines).isNotNull();
		assertThat(lines.get(0)).contains("\"object\":\"chat.completion.chunk\"").contains("\"role\":\"assistant\"");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("[DONE]");
		String last = lines.get(lines.size() - 2);
		assertThat(last).contains("\"finish_reason\":\"stop\"").contains("\"total_tokens\"").contains("\"draftId\"");
		assertThat(lines).filteredOn(l -> l.contains("\"citations\""))
			.isNotEmpty()
			.allSatisfy(l -> assertThat(l).containsPattern("\"content\":\"[^\"]*\\[\\d+")
				.containsPattern("\"url\":\"/api/(?:sources|analyses)/"));
		assertThat(String.join("", lines)).contains("출처:");
	}

	@Test
	@SuppressWarnings("unchecked")
	void should_draft_from_the_last_user_message_with_text_parts_when_earlier_turns_are_sent() {
		// given
		Map<String, Object> request = chat("draftwave-answer",
				List.of(Map.of("role", "system", "content", "간결하게 답하세요."),
						Map.of("role", "user", "content", "교육 만족도는?"),
						Map.of("role", "assistant", "content", "만족도 결과입니다."),
						Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", QUESTION)))));

		// when
		Map<String, Object> completion = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(completion).containsEntry("object", "chat.completion").containsEntry("model", "draftwave-answer");
		Map<String, Object> message = ((List<Map<String, Map<String, Object>>>) completion.get("choices")).get(0)
			.get("message");
		assertThat((String) message.get("content")).contains("847").containsPattern("\n\n출처:\n\\[\\d+\\] ");
		assertThat((List<?>) completion.get("citations")).isNotEmpty();
		assertThat((Map<String, Object>) completion.get("draftwave")).containsEntry("language", "ko");
		Map<String, Object> usage = (Map<String, Object>) completion.get("usage");
		assertThat((Integer) usage.get("total_tokens"))
			.isEqualTo((Integer) usage.get("prompt_tokens") + (Integer) usage.get("completion_tokens"))
			.isPositive();
	}

	@Test
	void should_answer_404_model_not_found_when_the_model_is_unknown() {
		// given
		Map<String, Object> request = chat("gpt-4o", List.of(Map.of("role", "user", "content", QUESTION)));

		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange();

		// then
		response.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("model_not_found")
			.jsonPath("$.error.type")
			.isEqualTo("invalid_request_error")
			.jsonPath("$.error.param")
			.isEqualTo("model")
			.jsonPath("$.error.message")
			.value(m -> assertThat((String) m).contains("gpt-4o"));
	}

	@Test
	void should_answer_400_invalid_request_error_when_messages_are_empty() {
		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(chat("draftwave-answer", List.of()))
			.exchange();

		// then
		response.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.type")
			.isEqualTo("invalid_request_error")
			.jsonPath("$.error.param")
			.isEqualTo("messages");
	}

	@Test
	void should_answer_400_invalid_request_error_when_no_message_is_from_the_user() {
		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(chat("draftwave-answer", List.of(Map.of("role", "system", "content", "간결하게"))))
			.exchange();

		// then
		response.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.type")
			.isEqualTo("invalid_request_error")
			.jsonPath("$.error.message")
			.value(m -> assertThat((String) m).contains("user message"));
	}

	@Test
	void should_answer_400_in_openai_shape_not_problem_json_when_the_body_is_malformed() {
		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri(COMPLETIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"model\": \"draftwave-answer\", \"messages\": [")
			.exchange();

		// then
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.error.type")
			.isEqualTo("invalid_request_error")
			.jsonPath("$.error.message")
			.value(m -> assertThat((String) m).contains("JSON"))
			.jsonPath("$.type")
			.doesNotExist();
	}

	@Test
	void should_keep_problem_json_on_api_when_its_body_is_malformed() {
		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"instructions\": ")
			.exchange();

		// then
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.error")
			.doesNotExist();
	}

	private static Map<String, Object> chat(String model, List<?> messages) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("model", model);
		request.put("messages", messages);
		return request;
	}

}

package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.draftwave.llm.OpenAiStream;
import io.draftwave.security.ApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Kept conversations through the whole service, with API keys and a language model behind
 * an OpenAI-compatible stub: a follow-up's request to the model holds the earlier
 * question and answer, and a retried turn is asked again as it was; a reopened
 * conversation has its turns with their drafts; each key lists only its own; another
 * key's conversation is 404 on every path; the owner deletes one and its drafts stay
 * kept.
 */
@ServiceTest
@EnableWireMock(@ConfigureWireMock(name = "llm"))
@TestPropertySource(properties = { "draftwave.llm.base-url=${wiremock.server.baseUrl}/v1",
		"draftwave.llm.model=test-model", "draftwave.llm.first-token-timeout=10s", "draftwave.llm.timeout=30s" })
class ConversationApiIT {

	private static final String PRESS = "dw-press-c41a";

	private static final String BUDGET = "dw-budget-9d07";

	private static final String ADMIN = "dw-admin-e3b8";

	private static final String COMPLETIONS = "/v1/chat/completions";

	private static final String FIRST = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String FIRST_ANSWER = "2024년 데이터 인재 양성 교육에는 847명이 참여했다 [1].";

	private static final String FOLLOW_UP = "데이터 인재 양성 교육 수료 인원은?";

	private static final String REPORT = """
			# 2024 데이터 인재 양성 교육 결과

			2024년 데이터 인재 양성 교육에는 847명이 참여했고 그중 786명이 수료했다.
			교육 만족도는 5점 만점에 4.6점으로 조사되었다.
			""";

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.requests-per-minute", () -> 1000);
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash(PRESS));
		registry.add("draftwave.security.api-keys[1]", () -> "budget-team:official:" + ApiKeys.hash(BUDGET));
		registry.add("draftwave.security.api-keys[2]", () -> "it-team:admin:" + ApiKeys.hash(ADMIN));
	}

	@Autowired
	WebTestClient web;

	@InjectWireMock("llm")
	WireMockServer llm;

	@BeforeEach
	void uploadReportAndStubModel() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(REPORT.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "교육 결과 2024.md";
			}
		});
		as(PRESS).post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		llm.resetAll();
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of(FIRST_ANSWER), 120, 30))));
	}

	@Test
	void should_send_the_earlier_question_and_answer_to_the_model_when_a_follow_up_is_asked() {
		// given
		String id = start(PRESS);
		Map<String, Object> first = draft(PRESS, Map.of("instructions", FIRST, "conversationId", id));

		// when: the follow-up is streamed, as the widget asks it
		List<ServerSentEvent<Map<String, Object>>> events = DraftStreams
			.open(as(PRESS), Map.of("instructions", FOLLOW_UP, "conversationId", id))
			.collectList()
			.block(Duration.ofSeconds(30));

		// then
		assertThat(events).extracting(ServerSentEvent::event).endsWith("done");
		var requests = llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).getBodyAsString()).contains("참여 인원은").doesNotContain("이전 대화");
		String followUp = requests.get(1).getBodyAsString();
		assertThat(followUp).contains(FOLLOW_UP)
			.contains("이전 대화:")
			.contains("user: " + FIRST)
			.contains("assistant: " + FIRST_ANSWER);

		// and the conversation reopens with both turns and their drafts
		Map<String, Object> conversation = read(PRESS, id);
		assertThat(conversation).containsEntry("title", FIRST);
		List<Map<String, Object>> turns = list(conversation, "turns");
		assertThat(turns).extracting(t -> t.get("seq"), t -> t.get("question"))
			.containsExactly(tuple(1, FIRST), tuple(2, FOLLOW_UP));
		assertThat(turns.get(0)).containsEntry("draftId", first.get("draftId")).containsEntry("kind", "answer");
		assertThat(turns.get(1)).containsEntry("draftId", events.get(events.size() - 1).data().get("draftId"));
		Map<String, Object> firstDraft = map(turns.get(0), "draft");
		assertThat(firstDraft).containsEntry("text", FIRST_ANSWER).containsEntry("mode", "llm");
		assertThat(list(firstDraft, "citations")).extracting(c -> c.get("marker")).containsExactly(1);
		assertThat(list(firstDraft, "citations").get(0).get("title").toString()).contains("데이터 인재 양성");
	}

	@Test
	void should_ask_a_turn_again_with_the_same_request_and_keep_one_turn_when_retried() {
		// given
		String id = start(PRESS);
		String firstDraft = (String) draft(PRESS, Map.of("instructions", FIRST, "conversationId", id)).get("draftId");

		// when: the widget's retry of that answer
		String retried = (String) draft(PRESS,
				Map.of("instructions", FIRST, "conversationId", id, "retryOf", firstDraft))
			.get("draftId");

		// then
		var requests = llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
		List<Map<String, Object>> turns = list(read(PRESS, id), "turns");
		assertThat(turns).extracting(t -> t.get("seq"), t -> t.get("draftId")).containsExactly(tuple(1, retried));
		assertThat(retried).isNotEqualTo(firstDraft);
		as(PRESS).get().uri("/api/drafts/{id}", firstDraft).exchange().expectStatus().isOk();
	}

	@Test
	void should_list_only_the_callers_own_conversations_with_the_latest_first() {
		// given
		String older = start(PRESS);
		String newer = start(PRESS);
		String theirs = start(BUDGET);
		draft(PRESS, Map.of("instructions", FIRST, "conversationId", older));

		// when
		Map<String, Object> page = as(PRESS).get()
			.uri("/api/conversations?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		List<String> ids = list(page, "conversations").stream().map(c -> (String) c.get("conversationId")).toList();
		assertThat(ids).contains(older, newer).doesNotContain(theirs);
		assertThat(ids.indexOf(older)).as("the conversation with the latest turn comes first")
			.isLessThan(ids.indexOf(newer));
		assertThat(((Number) page.get("total")).longValue()).isEqualTo(ids.size());
		assertThat(list(page, "conversations").get(ids.indexOf(older))).containsEntry("title", FIRST)
			.containsEntry("turns", 1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { BUDGET, ADMIN })
	void should_answer_404_to_another_key_when_reading_continuing_or_deleting_a_conversation(String key) {
		// given
		String id = start(PRESS);
		draft(PRESS, Map.of("instructions", FIRST, "conversationId", id));

		// when / then
		notFound(as(key).get().uri("/api/conversations/{id}", id).exchange());
		notFound(as(key).delete().uri("/api/conversations/{id}", id).exchange());
		notFound(postAs(key, "/api/drafts", Map.of("instructions", FOLLOW_UP, "conversationId", id)));
		notFound(as(key).post()
			.uri("/api/drafts/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("instructions", FOLLOW_UP, "conversationId", id))
			.exchange());
		assertThat(list(read(PRESS, id), "turns")).hasSize(1);
		assertThat(llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).as("nothing was drafted for them")
			.hasSize(1);
	}

	@Test
	void should_delete_the_owners_conversation_and_keep_its_drafts() {
		// given
		String id = start(PRESS);
		String draftId = (String) draft(PRESS, Map.of("instructions", FIRST, "conversationId", id)).get("draftId");

		// when
		as(PRESS).delete().uri("/api/conversations/{id}", id).exchange().expectStatus().isNoContent();

		// then
		notFound(as(PRESS).get().uri("/api/conversations/{id}", id).exchange());
		notFound(as(PRESS).delete().uri("/api/conversations/{id}", id).exchange());
		as(PRESS).get().uri("/api/drafts/{id}", draftId).exchange().expectStatus().isOk();
	}

	@Test
	void should_answer_a_problem_when_the_input_is_bad() {
		// when / then
		invalid(as(PRESS).get().uri("/api/conversations?size=0").exchange(), "'size'");
		invalid(as(PRESS).get().uri("/api/conversations?page=-1").exchange(), "'page'");
		invalid(postAs(PRESS, "/api/drafts", Map.of("instructions", FIRST, "conversationId", " ")), "'conversationId'");
		notFound(postAs(PRESS, "/api/drafts", Map.of("instructions", FIRST, "conversationId", "no-such-conversation")));
	}

	private static void notFound(WebTestClient.ResponseSpec response) {
		response.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("conversation"));
	}

	private static void invalid(WebTestClient.ResponseSpec response, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains(field));
	}

	private String start(String key) {
		Map<?, ?> started = as(key).post()
			.uri("/api/conversations")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(started.get("turns")).isEqualTo(0);
		return (String) started.get("conversationId");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> draft(String key, Map<String, Object> body) {
		return postAs(key, "/api/drafts", body).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String key, String id) {
		return as(key).get()
			.uri("/api/conversations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec postAs(String key, String path, Map<String, ?> body) {
		return as(key).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private WebTestClient as(String key) {
		return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

}

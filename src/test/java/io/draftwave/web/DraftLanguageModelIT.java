package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts written by a language model behind an OpenAI-compatible endpoint (WireMock),
 * through the whole service: streamed as the model writes, markers split across chunks
 * and invented markers handled, personal data masked before it leaves, and every upstream
 * failure answered by the extractive drafter with a warning.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.llm.base-url=${wiremock.server.baseUrl}/v1", "draftwave.llm.model=test-model",
				"draftwave.llm.first-token-timeout=2s", "draftwave.llm.idle-timeout=2s", "draftwave.llm.timeout=20s" })
@EnableWireMock(@ConfigureWireMock(name = "llm"))
class DraftLanguageModelIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String COMPLETIONS = "/v1/chat/completions";

	/** The model's only piece before it stalls or breaks: half a sentence. */
	private static final String PIECE = "2024년 데이터 인재 양성 교육의 참여 인원은 ";

	@InjectWireMock("llm")
	WireMockServer llm;

	@BeforeEach
	void awaitCorpus() throws InterruptedException {
		llm.resetAll();
	}

	@Test
	@SuppressWarnings("unchecked")
	void should_return_the_models_draft_with_split_markers_joined_and_invented_markers_removed() {
		// given
		stream(List.of("2024년 데이터 인재 양성 교육 참여 인원은 847명이었다 [", "1", "]. ", "근거 없는 문장도 하나 있다 [9", "9]."));

		// when
		Map<String, Object> draft = draft(QUESTION);

		// then
		assertThat(draft).containsEntry("mode", "llm").containsEntry("model", "test-model");
		String text = (String) draft.get("text");
		assertThat(text).contains("847명이었다 [1].").doesNotContain("[9").doesNotContain("99");
		assertThat((List<?>) draft.get("warnings")).anySatisfy(w -> assertThat((String) w).contains("[99]"));
		List<Map<String, Object>> citations = list(draft, "citations");
		assertThat(citations).extracting(c -> c.get("marker")).containsExactly(1);
		List<Map<String, Object>> sentences = list(draft, "sentences");
		assertThat(sentences.get(0)).containsEntry("supported", true);
		assertThat(sentences.get(1)).containsEntry("supported", false);
		assertThat((Map<String, Object>) draft.get("usage")).containsEntry("promptTokens", 120);
	}

	@Test
	void should_send_the_numbered_sources_and_no_unmasked_personal_data_upstream() {
		// given
		stream(List.of("답변드립니다."));

		// when
		draft(QUESTION + " 문의자 홍길동 900101-1234567, 연락처 010-1234-5678, hong@example.com");

		// then
		var requests = llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
		assertThat(requests).hasSize(1);
		String body = requests.get(0).getBodyAsString();
		assertThat(body).contains("[1]").contains("847");
		assertThat(body).doesNotContain("900101-1234567")
			.doesNotContain("010-1234-5678")
			.doesNotContain("hong@example.com");
		assertThat(body).contains("[주민등록번호]").contains("[전화번호]").contains("[이메일]");
	}

	@Test
	void should_stream_the_first_delta_as_soon_as_the_model_writes_it() {
		// given: the model's reply dribbles out over three seconds
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model",
					List.of("2024년 참여 인원은 ", "847명이었다 [1]. ", "수료 인원은 ", "786명이었다 [1]."), 120, 30))
			.withChunkedDribbleDelay(6, 3000)));

		// when
		List<Long> deltaTimes = new ArrayList<>();
		long[] doneTime = { 0 };
		long start = System.nanoTime();
		DraftStreams.open(web, Map.of("kind", "answer", "instructions", QUESTION)).doOnNext(e -> {
			long at = (System.nanoTime() - start) / 1_000_000;
			if ("delta".equals(e.event())) {
				deltaTimes.add(at);
			}
			if ("done".equals(e.event())) {
				doneTime[0] = at;
			}
		}).blockLast(Duration.ofSeconds(30));

		// then
		assertThat(deltaTimes).isNotEmpty();
		assertThat(doneTime[0] - deltaTimes.get(0)).as("first delta %s ms, done %s ms", deltaTimes.get(0), doneTime[0])
			.isGreaterThan(1000);
	}

	@Test
	void should_fall_back_to_the_extractive_drafter_with_a_warning_when_the_model_fails_with_500() {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(500).withBody("{\"error\":{}}")));
		assertExtractiveFallback(draft(QUESTION), "did not answer");
	}

	@Test
	void should_fall_back_to_the_extractive_drafter_when_the_model_answers_malformed_json() {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\n\n")));
		assertExtractiveFallback(draft(QUESTION), "did not answer");
	}

	@Test
	void should_fall_back_to_the_extractive_drafter_when_the_model_stalls() {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of("늦은 답변"), 1, 1))
			.withFixedDelay(8000)));
		Map<String, Object> draft = draft(QUESTION);
		assertExtractiveFallback(draft, "within");
		assertThat(((Number) draft.get("tookMs")).longValue()).isLessThan(8000);
	}

	@Test
	void should_answer_the_whole_extractive_draft_and_keep_the_piece_apart_when_the_model_stalls_after_one_piece() {
		// given
		stallAfter(PIECE);

		// when
		Map<String, Object> draft = draft(QUESTION);

		// then
		assertStandsInForModel(draft, "within 2 s of its last words");
	}

	@Test
	void should_answer_the_whole_extractive_draft_when_the_model_sends_a_piece_then_a_malformed_chunk() {
		// given
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.chunk("test-model", PIECE)
					+ "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\n\n")));

		// when
		Map<String, Object> draft = draft(QUESTION);

		// then
		assertStandsInForModel(draft, "not understood");
	}

	@Test
	@SuppressWarnings("unchecked")
	void should_stream_the_piece_then_end_with_the_whole_extractive_draft_when_the_model_stalls() {
		// given
		stallAfter(PIECE);

		// when
		List<ServerSentEvent<Map<String, Object>>> events = DraftStreams
			.open(web, Map.of("kind", "answer", "instructions", QUESTION))
			.collectList()
			.block(Duration.ofSeconds(30));

		// then the piece was streamed, a warning said the model stopped, and done holds
		// the whole draft
		assertThat(events).isNotNull();
		String streamed = events.stream()
			.filter(e -> "delta".equals(e.event()))
			.map(e -> (String) e.data().get("text"))
			.reduce("", String::concat);
		assertThat(streamed).isEqualTo(PIECE.strip());
		assertThat(events).filteredOn(e -> "warning".equals(e.event()))
			.anySatisfy(e -> assertThat((String) e.data().get("message"))
				.contains("stopped before the draft was complete"));
		ServerSentEvent<Map<String, Object>> done = events.getLast();
		assertThat(done.event()).isEqualTo("done");
		assertStandsInForModel(done.data(), "within 2 s of its last words");
		assertThat((String) done.data().get("text")).doesNotStartWith(PIECE.strip());
	}

	@Test
	@SuppressWarnings("unchecked")
	void should_answer_v1_with_the_extractive_draft_and_a_note_when_the_model_stalls() {
		// given
		stallAfter(PIECE);

		// when
		Map<String, Object> reply = web.post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("model", "draftwave-answer", "messages",
					List.of(Map.of("role", "user", "content", QUESTION))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		Map<String, Object> message = (Map<String, Object>) ((List<Map<String, Object>>) reply.get("choices")).get(0)
			.get("message");
		String content = (String) message.get("content");
		assertThat(content).contains("847")
			.contains("출처:")
			.doesNotStartWith(PIECE.strip())
			.endsWith("자료에서 발췌해 만든 초안으로 대신했습니다.");
		Map<String, Object> info = (Map<String, Object>) reply.get("draftwave");
		assertThat(info).containsEntry("mode", "extractive").containsEntry("modelText", PIECE);
	}

	private void stallAfter(String piece) {
		// sixteen chunks half a second apart: the first holds the piece, the others an
		// SSE comment, so
		// after the piece no text comes for longer than the idle timeout
		String first = OpenAiStream.chunk("test-model", piece);
		int size = first.getBytes(StandardCharsets.UTF_8).length;
		String body = first + ":" + "x".repeat(15 * size - 1);
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body)
			.withChunkedDribbleDelay(16, 8000)));
	}

	private static void assertStandsInForModel(Map<String, Object> draft, String reason) {
		assertThat(draft).containsEntry("mode", "extractive").containsEntry("modelText", PIECE);
		assertThat((String) draft.get("text")).contains("847").doesNotContain(PIECE.strip());
		assertThat(list(draft, "citations")).isNotEmpty();
		assertThat(list(draft, "sentences")).isNotEmpty();
		assertThat((List<?>) draft.get("warnings"))
			.anySatisfy(w -> assertThat((String) w).contains("stopped before the draft was complete")
				.contains(reason)
				.contains("extractive"));
	}

	private static void assertExtractiveFallback(Map<String, Object> draft, String reason) {
		assertThat(draft).containsEntry("mode", "extractive");
		assertThat((String) draft.get("text")).contains("847");
		assertThat(list(draft, "citations")).isNotEmpty();
		assertThat((List<?>) draft.get("warnings"))
			.anySatisfy(w -> assertThat((String) w).contains(reason).contains("extractive"));
	}

	private void stream(List<String> pieces) {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).withRequestBody(WireMock.containing("\"stream\""))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/event-stream")
				.withBody(OpenAiStream.body("test-model", pieces, 120, 30))));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> draft(String instructions) {
		return web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "answer", "instructions", instructions))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> map, String key) {
		return (List<T>) map.get(key);
	}

}

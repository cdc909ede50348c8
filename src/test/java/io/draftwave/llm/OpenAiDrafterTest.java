package io.draftwave.llm;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.drafting.DraftPrompt;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.DrafterException;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.security.KoreanPiiMasker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class OpenAiDrafterTest {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static final Duration QUICK = Duration.ofSeconds(5);

	@Test
	void should_emit_pieces_in_order_then_done_with_usage_when_the_model_streams() {
		// given
		stubStream(OpenAiStream.body("qwen2.5-7b", List.of("주차 과태료는 ", "환불됩니다", "[1]."), 120, 9));

		// when
		var draft = drafter(defaults()).write(prompt("주차 과태료 환불 안내"));

		// then
		StepVerifier.create(draft)
			.expectNext(new DraftOutput.Text("주차 과태료는 "), new DraftOutput.Text("환불됩니다"), new DraftOutput.Text("[1]."))
			.expectNext(new DraftOutput.Done("llm", "qwen2.5-7b", new DraftOutput.Usage(120, 9)))
			.expectComplete()
			.verify(QUICK);
	}

	@Test
	void should_pass_a_marker_through_unchanged_when_it_is_split_across_chunks() {
		// given
		stubStream(OpenAiStream.body("m", List.of("환불됩니다", "[", "1", "]", "."), 10, 5));

		// when
		var text = drafter(defaults()).write(prompt("환불"))
			.ofType(DraftOutput.Text.class)
			.map(DraftOutput.Text::text)
			.collectList();

		// then
		StepVerifier.create(text).expectNext(List.of("환불됩니다", "[", "1", "]", ".")).expectComplete().verify(QUICK);
	}

	@Test
	void should_send_masked_prompt_with_the_numbered_sources_when_the_prompt_holds_personal_data() {
		// given
		stubStream(OpenAiStream.body("m", List.of("답변"), 1, 1));
		DraftPrompt prompt = prompt("민원인 홍길동(900101-1234567, 010-1234-5678, hong@example.com)에게 답변");

		// when
		StepVerifier.create(drafter(defaults()).write(prompt).then()).expectComplete().verify(QUICK);

		// then
		List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(requests).hasSize(1);
		String body = requests.get(0).getBodyAsString();
		assertThat(body).contains("[1] 주차 과태료 중복 납부분은 확인 후 환불한다.", "\"stream\" : true", "\"model\" : \"test-model\"")
			.contains("[주민등록번호]", "[전화번호]", "[이메일]")
			.doesNotContain("900101-1234567", "1234567", "010-1234-5678", "hong@example.com");
		assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer test-key");
	}

	@ParameterizedTest(name = "HTTP {0} → retriable {1}")
	@CsvSource({ "429, true", "500, true", "503, true", "401, false", "403, false", "404, false", "400, false" })
	void should_fail_with_a_drafter_exception_when_the_server_answers_an_error_status(int status, boolean retriable) {
		// given
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"nope\",\"type\":\"x\"}}")));

		// when
		var draft = drafter(defaults()).write(prompt("환불"));

		// then
		StepVerifier.create(draft).expectErrorSatisfies(e -> {
			assertThat(e).isInstanceOf(DrafterException.class).hasMessageContaining("HTTP " + status);
			assertThat(((DrafterException) e).retriable()).isEqualTo(retriable);
		}).verify(QUICK);
	}

	@Test
	void should_fail_not_retriable_saying_the_reply_was_not_understood_when_a_chunk_is_malformed_json() {
		// given
		stubStream(
				"data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"안\"\n\n"
						+ "data: [DONE]\n\n");

		// when
		var draft = drafter(defaults()).write(prompt("환불"));

		// then
		StepVerifier.create(draft).expectErrorSatisfies(e -> {
			assertThat(e).isInstanceOf(DrafterException.class).hasMessageContaining("not understood");
			assertThat(((DrafterException) e).retriable()).isFalse();
		}).verify(QUICK);
	}

	@Test
	void should_time_out_quickly_when_the_stream_stalls_after_the_first_piece() {
		// given a body whose first half holds the first piece whole; the second half
		// follows 2 s (real time) later
		String body = OpenAiStream.chunk("m", "처음") + OpenAiStream.chunk("m", "두 번째 조각은 한참 뒤에 온다. ".repeat(8));
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(body)
			.withChunkedDribbleDelay(2, 4000)));
		LlmProperties properties = properties(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMillis(400));

		OpenAiDrafter drafter = drafter(properties);

		// then, on virtual time: the idle timer starts at the first piece and fires at
		// 400 ms, not before
		StepVerifier.withVirtualTime(() -> drafter.write(prompt("환불")))
			.expectSubscription()
			.expectNext(new DraftOutput.Text("처음"))
			.expectNoEvent(Duration.ofMillis(399))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies(e -> assertTimeout(e, "did not answer within 400 ms of its last words"))
			.verify(QUICK);
	}

	@Test
	void should_time_out_when_no_first_piece_comes_in_time() {
		// given
		server.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withStatus(200).withBody("data: [DONE]\n\n").withFixedDelay(5000)));
		LlmProperties properties = properties(Duration.ofSeconds(30), Duration.ofMillis(300), Duration.ofSeconds(5));

		OpenAiDrafter drafter = drafter(properties);

		// then, on virtual time: the first-piece timer fires at 300 ms, not before
		StepVerifier.withVirtualTime(() -> drafter.write(prompt("환불")))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(299))
			.thenAwait(Duration.ofMillis(1))
			.expectErrorSatisfies(e -> assertTimeout(e, "did not answer within 300 ms"))
			.verify(QUICK);
	}

	@Test
	void should_time_out_when_the_whole_call_takes_too_long_although_pieces_keep_coming() {
		// given twenty pieces, one every 150 ms
		List<String> pieces = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "조각" + i + " ").toList();
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("m", pieces, 1, 1))
			.withChunkedDribbleDelay(20, 3000)));
		LlmProperties properties = properties(Duration.ofMillis(700), Duration.ofSeconds(1), Duration.ofSeconds(1));

		// when
		var draft = drafter(properties).write(prompt("환불"));

		// then
		StepVerifier.create(draft.ofType(DraftOutput.Done.class))
			.expectErrorSatisfies(e -> assertTimeout(e, "did not answer within 700 ms in all"))
			.verify(QUICK);
	}

	@Test
	void should_fail_retriable_when_the_server_refuses_connections() throws Exception {
		// given a port nobody listens on
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		LlmProperties properties = new LlmProperties(URI.create("http://localhost:" + port + "/v1"), null, "",
				Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 0.2);

		// when
		var draft = drafter(properties).write(prompt("환불"));

		// then
		StepVerifier.create(draft).expectErrorSatisfies(e -> {
			assertThat(e).isInstanceOf(DrafterException.class).hasMessageContaining("cannot be reached");
			assertThat(((DrafterException) e).retriable()).isTrue();
		}).verify(QUICK);
	}

	static void assertTimeout(Throwable e, String message) {
		assertThat(e).isInstanceOf(DrafterException.class).hasMessageContaining(message);
		assertThat(((DrafterException) e).retriable()).isTrue();
	}

	private static void stubStream(String body) {
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(WireMock.containing("\"stream\""))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body)));
	}

	private static LlmProperties defaults() {
		return properties(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5));
	}

	private static LlmProperties properties(Duration timeout, Duration firstToken, Duration idle) {
		return new LlmProperties(URI.create(server.baseUrl() + "/v1"), "test-key", "test-model", timeout, firstToken,
				idle, 0.2);
	}

	static OpenAiDrafter drafter(LlmProperties properties) {
		return new OpenAiDrafter(properties, new KoreanPiiMasker());
	}

	static DraftPrompt prompt(String instructions) {
		DraftRequest request = new DraftRequest(DraftKind.COMPLAINT_REPLY, instructions, Language.KO, Set.of(), 8,
				false);
		NumberedSource source = new NumberedSource(1, "doc1-0", "doc1", "주차 과태료 업무 지침", "주차 과태료 중복 납부분은 확인 후 환불한다.",
				"주차 과태료", 3, 0, 26);
		String user = "[1] " + source.text() + "\n\n요청: " + instructions;
		return new DraftPrompt(request, List.of(source), "당신은 시청 민원 답변 초안 작성자입니다. 출처 번호를 [n]으로 표시하세요.", user);
	}

}

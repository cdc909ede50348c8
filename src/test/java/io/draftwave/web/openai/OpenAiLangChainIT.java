package io.draftwave.web.openai;

import io.draftwave.web.ServiceWithDefaultCorpus;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LangChain4j's OpenAI chat models, pointed at {@code /v1} with no language model behind
 * the service: the extractive drafter answers, and the reply keeps its markers and its
 * sources list.
 */
class OpenAiLangChainIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	@LocalServerPort
	int port;

	@Test
	void should_answer_with_markers_and_sources_when_langchain4j_asks_without_streaming() {
		// given
		OpenAiChatModel model = OpenAiChatModel.builder()
			.httpClientBuilder(http())
			.baseUrl(baseUrl())
			.apiKey("unused")
			.modelName("draftwave-answer")
			.timeout(Duration.ofSeconds(30))
			.build();

		// when
		String answer = model.chat(QUESTION);

		// then
		assertThat(answer).contains("847").containsPattern("\\[1\\]").contains("\n\n출처:\n[1] ");
	}

	@Test
	void should_stream_pieces_that_make_up_the_whole_answer_when_langchain4j_streams() throws Exception {
		// given
		OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
			.httpClientBuilder(http())
			.baseUrl(baseUrl())
			.apiKey("unused")
			.modelName("draftwave-answer")
			.timeout(Duration.ofSeconds(30))
			.build();
		StringBuilder pieces = new StringBuilder();
		CompletableFuture<ChatResponse> done = new CompletableFuture<>();

		// when
		model.chat(QUESTION, new StreamingChatResponseHandler() {

			@Override
			public void onPartialResponse(String partial) {
				pieces.append(partial);
			}

			@Override
			public void onCompleteResponse(ChatResponse response) {
				done.complete(response);
			}

			@Override
			public void onError(Throwable error) {
				done.completeExceptionally(error);
			}

		});
		ChatResponse response = done.get(30, TimeUnit.SECONDS);

		// then
		String text = response.aiMessage().text();
		assertThat(pieces.toString()).isEqualTo(text);
		assertThat(text).contains("847").containsPattern("\\[1\\]").contains("\n\n출처:\n[1] ");
		assertThat(response.metadata().finishReason()).hasToString("STOP");
		assertThat(response.metadata().tokenUsage().outputTokenCount()).isPositive();
	}

	private String baseUrl() {
		return "http://localhost:" + port + "/v1";
	}

	private static JdkHttpClientBuilder http() {
		return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
	}

}

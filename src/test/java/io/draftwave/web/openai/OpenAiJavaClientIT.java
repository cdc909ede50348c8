package io.draftwave.web.openai;

import io.draftwave.web.ServiceWithDefaultCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official OpenAI Java client against {@code /v1}: it parses completions and chunks,
 * and the extra {@code citations} field reaches it through
 * {@code _additionalProperties()}.
 */
class OpenAiJavaClientIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	@LocalServerPort
	int port;

	@Test
	void should_carry_the_citations_in_an_extra_field_when_the_openai_client_asks_without_streaming() {
		// given
		OpenAIClient client = client();

		// when
		ChatCompletion completion = client.chat().completions().create(params());

		// then
		assertThat(completion.id()).startsWith("chatcmpl-");
		String content = completion.choices().get(0).message().content().orElseThrow();
		assertThat(content).contains("847").contains("[1]").contains("출처:");
		assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
		assertThat(completion.usage().orElseThrow().totalTokens()).isPositive();
		assertThat(markers(completion._additionalProperties().get("citations"))).contains(1L);
		assertThat(completion._additionalProperties().get("draftwave").convert(Map.class)).containsEntry("mode",
				"extractive");
	}

	@Test
	void should_send_each_citation_on_the_chunk_that_completes_its_marker_when_the_openai_client_streams() {
		// given
		OpenAIClient client = client();
		StringBuilder text = new StringBuilder();
		List<Long> cited = new ArrayList<>();
		List<String> citingContent = new ArrayList<>();
		List<ChatCompletionChunk.Choice.FinishReason> finish = new ArrayList<>();

		// when
		try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params())) {
			stream.stream().forEach(chunk -> {
				ChatCompletionChunk.Choice choice = chunk.choices().get(0);
				String piece = choice.delta().content().orElse("");
				text.append(piece);
				choice.finishReason().ifPresent(finish::add);
				JsonValue citations = chunk._additionalProperties().get("citations");
				if (citations != null) {
					cited.addAll(markers(citations));
					citingContent.add(piece);
				}
			});
		}

		// then
		assertThat(text.toString()).contains("847").contains("[1]").contains("출처:");
		assertThat(cited).contains(1L).doesNotHaveDuplicates();
		assertThat(citingContent).allSatisfy(piece -> assertThat(piece).containsPattern("\\[\\d+"));
		assertThat(finish).containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
	}

	private OpenAIClient client() {
		return OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + port + "/v1").apiKey("unused").build();
	}

	private static ChatCompletionCreateParams params() {
		return ChatCompletionCreateParams.builder().model("draftwave-answer").addUserMessage(QUESTION).build();
	}

	private static List<Long> markers(JsonValue citations) {
		List<Map<String, Object>> list = citations.convert(new TypeReference<List<Map<String, Object>>>() {
		});
		return list.stream().map(c -> ((Number) c.get("marker")).longValue()).toList();
	}

}

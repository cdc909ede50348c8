package io.draftwave.web;

import java.time.Duration;
import java.util.Map;

import io.draftwave.llm.EndlessModelServer;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that leaves a streamed draft stops the language model: the service closes its
 * connection to the model as soon as the client's connection goes.
 */
class DraftCancellationIT extends ServiceWithDefaultCorpus {

	private static final EndlessModelServer MODEL = new EndlessModelServer(
			OpenAiStream.chunk("m", "2024년 데이터 인재 양성 교육 참여 인원은 "));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.llm.base-url", MODEL::baseUrl);
		registry.add("draftwave.llm.model", () -> "m");
	}

	@AfterAll
	static void stopModel() {
		MODEL.close();
	}

	@Test
	void should_close_the_connection_to_the_model_when_the_client_leaves_the_stream() throws InterruptedException {
		// when the client reads up to the first delta and goes away
		ServerSentEvent<Map<String, Object>> first = DraftStreams
			.open(web, Map.of("kind", "answer", "instructions", "2024년 데이터 인재 양성 교육 참여 인원은?"))
			.filter(e -> "delta".equals(e.event()))
			.next()
			.block(Duration.ofSeconds(15));

		// then
		assertThat(first).isNotNull();
		assertThat(MODEL.awaitClientGone(Duration.ofSeconds(5))).as("the model's connection was closed").isTrue();
	}

}

package io.draftwave.llm;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.draftwave.corpus.Language;
import io.draftwave.search.EmbeddingProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LangChainEmbedderTest {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@Test
	void should_send_the_batch_and_return_vectors_in_order_when_the_endpoint_answers() {
		// given: LangChain4j 1.19 takes the vectors in the order answered, as OpenAI,
		// vLLM and Ollama send them
		server.stubFor(post(urlEqualTo("/v1/embeddings"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"object":"list","model":"bge-m3","usage":{"prompt_tokens":9,"total_tokens":9},"data":[
					 {"object":"embedding","index":0,"embedding":[0.6,0.0,0.8]},
					 {"object":"embedding","index":1,"embedding":[0.0,1.0,0.0]}]}""")));
		LangChainEmbedder embedder = LangChainEmbedder.openAi(properties("secret-key"));

		// when
		List<float[]> vectors = embedder.embedAll(List.of("주차장 이용 시간", "parking hours"));

		// then
		assertThat(vectors).containsExactly(new float[] { 0.6f, 0f, 0.8f }, new float[] { 0f, 1f, 0f });
		server.verify(
				postRequestedFor(urlEqualTo("/v1/embeddings")).withHeader("Authorization", equalTo("Bearer secret-key"))
					.withRequestBody(equalToJson("""
							{"model":"bge-m3","input":["주차장 이용 시간","parking hours"]}""", true, true)));
	}

	@Test
	void should_name_itself_by_model_and_understand_every_language_when_it_is_an_endpoint() {
		// when
		LangChainEmbedder embedder = LangChainEmbedder.openAi(properties(null));

		// then
		assertThat(embedder.id()).isEqualTo("openai:bge-m3");
		assertThat(embedder.languages()).containsExactlyInAnyOrder(Language.KO, Language.EN);
		assertThat(embedder.batchSize()).isEqualTo(16);
	}

	@Test
	void should_fail_naming_the_embedder_when_the_endpoint_answers_an_error() {
		// given
		server.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}")));
		LangChainEmbedder embedder = LangChainEmbedder.openAi(properties(null));

		// then
		assertThatThrownBy(() -> embedder.embedAll(List.of("parking hours")))
			.isInstanceOf(EmbeddingFailedException.class)
			.hasMessageStartingWith("openai:bge-m3 failed");
	}

	@Test
	void should_fail_when_the_endpoint_answers_fewer_vectors_than_texts() {
		// given
		server.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"""
							{"object":"list","model":"bge-m3","data":[{"object":"embedding","index":0,"embedding":[1.0]}]}""")));
		LangChainEmbedder embedder = LangChainEmbedder.openAi(properties(null));

		// then
		assertThatThrownBy(() -> embedder.embedAll(List.of("one", "two"))).isInstanceOf(EmbeddingFailedException.class)
			.hasMessage("openai:bge-m3 answered 1 vectors for 2 texts");
	}

	@Test
	void should_embed_english_by_meaning_when_the_model_runs_in_process() {
		// given
		LangChainEmbedder embedder = LangChainEmbedder.inProcessMiniLm(8);

		// when
		List<float[]> vectors = embedder.embedAll(List.of("The physician examined the patient.",
				"A doctor saw someone who was ill.", "The bridge was closed for repairs."));

		// then
		assertThat(embedder.id()).isEqualTo("in-process:all-minilm-l6-v2-q");
		assertThat(embedder.languages()).containsExactly(Language.EN);
		assertThat(vectors).allSatisfy(v -> assertThat(v).hasSize(384));
		assertThat(cosine(vectors.get(0), vectors.get(1))).isGreaterThan(cosine(vectors.get(0), vectors.get(2)) + 0.2);
	}

	private static EmbeddingProperties properties(String apiKey) {
		return new EmbeddingProperties(EmbeddingProperties.Provider.OPENAI, URI.create(server.baseUrl() + "/v1"),
				"bge-m3", apiKey, 16, Duration.ofSeconds(5), 100, 60);
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0, na = 0, nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

}

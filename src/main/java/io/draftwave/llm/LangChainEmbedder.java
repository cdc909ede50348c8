package io.draftwave.llm;

import java.net.http.HttpClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.draftwave.corpus.Language;
import io.draftwave.search.EmbeddingProperties;
import io.draftwave.search.PassageEmbedder;

/**
 * A {@link PassageEmbedder} on a LangChain4j {@link EmbeddingModel}: the in-process ONNX
 * model (all-MiniLM-L6-v2, quantised, 384 dimensions, English only: its vocabulary has no
 * Hangul) or any OpenAI-compatible {@code /embeddings} endpoint (every language the model
 * behind it knows). Thread-safe.
 */
public final class LangChainEmbedder implements PassageEmbedder {

	private final String id;

	private final EmbeddingModel model;

	private final Set<Language> languages;

	private final int batchSize;

	LangChainEmbedder(String id, EmbeddingModel model, Set<Language> languages, int batchSize) {
		this.id = Objects.requireNonNull(id, "id");
		this.model = Objects.requireNonNull(model, "model");
		this.languages = Set.copyOf(languages);
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
		}
		this.batchSize = batchSize;
	}

	/**
	 * The in-process model {@code draftwave.embeddings.model} names:
	 * {@value EmbeddingProperties#ALL_MINILM_L6_V2_Q}, also when empty.
	 * @throws IllegalArgumentException for any other name
	 */
	public static LangChainEmbedder inProcess(String model, int batchSize) {
		if (!model.isBlank() && !model.equals(EmbeddingProperties.ALL_MINILM_L6_V2_Q)) {
			throw new IllegalArgumentException("no in-process embedding model '" + model + "'");
		}
		return inProcessMiniLm(batchSize);
	}

	/**
	 * The in-process all-MiniLM-L6-v2 (quantised), English only; loading it takes about a
	 * second and some 100 MB outside the heap (ONNX runtime). Texts longer than its 510
	 * tokens are embedded in pieces and averaged.
	 */
	public static LangChainEmbedder inProcessMiniLm(int batchSize) {
		return new LangChainEmbedder("in-process:" + EmbeddingProperties.ALL_MINILM_L6_V2_Q,
				new AllMiniLmL6V2QuantizedEmbeddingModel(), EnumSet.of(Language.EN), batchSize);
	}

	/**
	 * The model {@code draftwave.embeddings.model} at the OpenAI-compatible endpoint
	 * {@code draftwave.embeddings.base-url}, for every language; identified by the model
	 * name, so that moving the same model to another server keeps the vectors.
	 */
	public static LangChainEmbedder openAi(EmbeddingProperties properties) {
		// HTTP/1.1: an h2c upgrade gains nothing for one request and some
		// OpenAI-compatible servers mishandle it
		OpenAiEmbeddingModel model = OpenAiEmbeddingModel.builder()
			.httpClientBuilder(JdkHttpClient.builder()
				.httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
			.baseUrl(String.valueOf(properties.baseUrl()))
			.apiKey(properties.apiKey() == null || properties.apiKey().isBlank() ? null : properties.apiKey())
			.modelName(properties.model())
			.timeout(properties.timeout())
			.maxRetries(0)
			.build();
		return new LangChainEmbedder("openai:" + properties.model(), model, EnumSet.allOf(Language.class),
				properties.batchSize());
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public Set<Language> languages() {
		return languages;
	}

	@Override
	public int batchSize() {
		return batchSize;
	}

	/**
	 * {@inheritDoc} Upstream failures come as {@link EmbeddingFailedException} naming the
	 * embedder.
	 */
	@Override
	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<Embedding> embeddings;
		try {
			embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
		}
		catch (RuntimeException ex) {
			throw new EmbeddingFailedException(id, ex);
		}
		if (embeddings == null || embeddings.size() != texts.size()) {
			throw new EmbeddingFailedException(id, texts.size(), embeddings == null ? 0 : embeddings.size());
		}
		return embeddings.stream().map(Embedding::vector).toList();
	}

	@Override
	public String toString() {
		return id;
	}

}

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
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.draftwave.corpus.Language;
import io.draftwave.search.EmbeddingProperties;
import io.draftwave.search.PassageEmbedder;

/**
 * A {@link PassageEmbedder} on a LangChain4j {@link EmbeddingModel}: an in-process ONNX model
 * (all-MiniLM-L6-v2 or bge-small-en-v1.5, quantised, 384 dimensions, English only: their
 * vocabularies have no Hangul) or any OpenAI-compatible {@code /embeddings} endpoint (every
 * language the model behind it knows). Thread-safe.
 */
public final class LangChainEmbedder implements PassageEmbedder {

	private final String id;

	private final EmbeddingModel model;

	private final Set<Language> languages;

	private final int batchSize;

	private final String queryInstruction;

	LangChainEmbedder(String id, EmbeddingModel model, Set<Language> languages, int batchSize) {
		this(id, model, languages, batchSize, "");
	}

	LangChainEmbedder(String id, EmbeddingModel model, Set<Language> languages, int batchSize,
			String queryInstruction) {
		this.id = Objects.requireNonNull(id, "id");
		this.model = Objects.requireNonNull(model, "model");
		this.languages = Set.copyOf(languages);
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
		}
		this.batchSize = batchSize;
		this.queryInstruction = Objects.requireNonNull(queryInstruction, "queryInstruction");
	}

	/**
	 * The in-process model {@code draftwave.embeddings.model} names: {@value EmbeddingProperties#ALL_MINILM_L6_V2_Q}
	 * (also when empty) or {@value EmbeddingProperties#BGE_SMALL_EN_V15_Q}.
	 * @throws IllegalArgumentException for any other name
	 */
	public static LangChainEmbedder inProcess(String model, int batchSize) {
		return switch (model.isBlank() ? EmbeddingProperties.ALL_MINILM_L6_V2_Q : model) {
			case EmbeddingProperties.ALL_MINILM_L6_V2_Q -> inProcessMiniLm(batchSize);
			case EmbeddingProperties.BGE_SMALL_EN_V15_Q -> inProcessBgeSmall(batchSize);
			default -> throw new IllegalArgumentException("no in-process embedding model '" + model + "'");
		};
	}

	/**
	 * The in-process bge-small-en-v1.5 (quantised), English only; about twice the work of MiniLM
	 * per passage (12 layers instead of 6). Queries get the instruction the model was trained with
	 * for short queries against passages.
	 */
	public static LangChainEmbedder inProcessBgeSmall(int batchSize) {
		return new LangChainEmbedder("in-process:" + EmbeddingProperties.BGE_SMALL_EN_V15_Q,
				new BgeSmallEnV15QuantizedEmbeddingModel(), EnumSet.of(Language.EN), batchSize, BGE_QUERY_INSTRUCTION);
	}

	/** The query instruction of the BGE v1.5 English models, from their model card. */
	static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

	/**
	 * The in-process all-MiniLM-L6-v2 (quantised), English only; loading it takes about a second
	 * and some 100 MB outside the heap (ONNX runtime). Texts longer than its 510 tokens are embedded
	 * in pieces and averaged.
	 */
	public static LangChainEmbedder inProcessMiniLm(int batchSize) {
		return new LangChainEmbedder("in-process:" + EmbeddingProperties.ALL_MINILM_L6_V2_Q,
				new AllMiniLmL6V2QuantizedEmbeddingModel(), EnumSet.of(Language.EN), batchSize);
	}

	/**
	 * The model {@code draftwave.embeddings.model} at the OpenAI-compatible endpoint
	 * {@code draftwave.embeddings.base-url}, for every language; identified by the model name, so
	 * that moving the same model to another server keeps the vectors.
	 */
	public static LangChainEmbedder openAi(EmbeddingProperties properties) {
		// HTTP/1.1: an h2c upgrade gains nothing for one request and some OpenAI-compatible servers mishandle it
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
	 * {@inheritDoc} Upstream failures come as {@link EmbeddingFailedException} naming the embedder.
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
	public float[] embedQuery(String text) {
		return embedAll(List.of(queryInstruction + text)).getFirst();
	}

	@Override
	public String toString() {
		return id;
	}

}

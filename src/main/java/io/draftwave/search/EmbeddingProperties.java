package io.draftwave.search;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dense vectors for hybrid retrieval ({@code draftwave.embeddings}). Without a provider
 * the index is searched by BM25 alone.
 *
 * @param provider {@code none} (the default: BM25 alone), {@code in-process} (an ONNX
 * model run inside the service, English passages and queries only) or {@code openai} (any
 * OpenAI-compatible {@code /embeddings} endpoint, every language)
 * @param baseUrl the endpoint's base URL including the version, e.g.
 * {@code http://localhost:8000/v1}; required for {@code openai}
 * @param model the model name: for {@code openai} the name sent to the endpoint
 * (required); for {@code in-process} {@value #ALL_MINILM_L6_V2_Q}, also when empty
 * @param apiKey sent as a bearer token to the endpoint; empty for servers that need none
 * @param batchSize passages embedded per call when indexing
 * @param timeout the longest one call to the endpoint may take
 * @param depth hits taken from the BM25 and from the vector ranking before they are fused
 * @param rrfK the constant of reciprocal rank fusion: larger values flatten the
 * difference between the first places and the later ones
 */
@ConfigurationProperties("draftwave.embeddings")
public record EmbeddingProperties(@DefaultValue("none") Provider provider, @Nullable URI baseUrl,
		@DefaultValue("") String model, @Nullable String apiKey, @DefaultValue("32") int batchSize,
		@DefaultValue("30s") Duration timeout, @DefaultValue("" + VectorSearch.DEFAULT_DEPTH) int depth,
		@DefaultValue("" + VectorSearch.DEFAULT_RRF_K) int rrfK) {

	/** The in-process model: all-MiniLM-L6-v2, quantised, 384 dimensions. */
	public static final String ALL_MINILM_L6_V2_Q = "all-minilm-l6-v2-q";

	/** Where vectors come from. */
	public enum Provider {

		/** No vectors: BM25 alone. */
		NONE,

		/** An ONNX model inside the service. */
		IN_PROCESS,

		/** An OpenAI-compatible embeddings endpoint. */
		OPENAI

	}

	public EmbeddingProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("draftwave.embeddings.batch-size must be at least 1, not " + batchSize);
		}
		if (depth < 1 || depth > 1_000) {
			throw new IllegalArgumentException("draftwave.embeddings.depth must be between 1 and 1000, not " + depth);
		}
		if (rrfK < 1) {
			throw new IllegalArgumentException("draftwave.embeddings.rrf-k must be at least 1, not " + rrfK);
		}
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("draftwave.embeddings.timeout must be positive, not " + timeout);
		}
		if (provider == Provider.OPENAI && (baseUrl == null || baseUrl.toString().isBlank() || model.isBlank())) {
			throw new IllegalArgumentException(
					"draftwave.embeddings.provider=openai needs draftwave.embeddings.base-url and draftwave.embeddings.model");
		}
		if (provider == Provider.IN_PROCESS && !model.isBlank() && !model.equals(ALL_MINILM_L6_V2_Q)) {
			throw new IllegalArgumentException(
					"draftwave.embeddings.model for the in-process provider must be empty or " + ALL_MINILM_L6_V2_Q
							+ ", not '" + model + "'");
		}
	}

	/**
	 * How the index uses the embedder's vectors: fused with BM25 at this depth and
	 * constant.
	 */
	public VectorSearch hybrid(PassageEmbedder embedder) {
		return new VectorSearch(embedder, VectorSearch.Mode.HYBRID, depth, rrfK);
	}

}

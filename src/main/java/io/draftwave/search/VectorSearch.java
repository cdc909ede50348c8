package io.draftwave.search;

import java.util.Objects;

/**
 * How a {@link LuceneIndex} uses dense vectors beside BM25.
 *
 * @param embedder the model that embeds passages at indexing time and queries at search
 * time
 * @param mode fuse with BM25, or rank by vectors alone (a reference point for evaluation)
 * @param depth hits taken from each ranking before fusion, at least 1; a request for more
 * than this takes as many as it asks for
 * @param rrfK the constant of reciprocal rank fusion, at least 1 (see
 * {@link ReciprocalRankFusion})
 */
public record VectorSearch(PassageEmbedder embedder, Mode mode, int depth, int rrfK) {

	/** Hits per ranking fused by default: as deep as the evaluation's Recall@100. */
	public static final int DEFAULT_DEPTH = 100;

	/**
	 * The constant of the reciprocal rank fusion paper (Cormack, Clarke and Büttcher,
	 * 2009).
	 */
	public static final int DEFAULT_RRF_K = 60;

	/** How the vector ranking is used. */
	public enum Mode {

		/** BM25 and vector rankings fused by reciprocal rank. */
		HYBRID,

		/**
		 * The vector ranking alone; passages in languages the embedder does not
		 * understand are never found.
		 */
		DENSE

	}

	public VectorSearch {
		Objects.requireNonNull(embedder, "embedder");
		Objects.requireNonNull(mode, "mode");
		if (depth < 1 || rrfK < 1) {
			throw new IllegalArgumentException("depth and rrfK must be at least 1, not " + depth + " and " + rrfK);
		}
	}

	/** Hybrid retrieval with the default depth and constant. */
	public static VectorSearch hybrid(PassageEmbedder embedder) {
		return new VectorSearch(embedder, Mode.HYBRID, DEFAULT_DEPTH, DEFAULT_RRF_K);
	}

}

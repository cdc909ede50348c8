package io.draftwave.search;

import java.util.Objects;

/**
 * How a {@link LuceneIndex} analyses and scores passages.
 *
 * @param name a short label for reports and logs, not blank
 * @param scheme the analysis scheme
 * @param titleBoost weight of title matches relative to text matches (schemes with a
 * separate title field only), greater than 0
 * @param k1 BM25 term-frequency saturation, at least 0 (for
 * {@link AnalysisScheme#KOREAN_ENGLISH}, of the English fields; the Korean ones use
 * {@link KoreanAnalysis#k1()})
 * @param b BM25 length normalisation, between 0 and 1 (likewise)
 * @param korean the Korean analysis of {@link AnalysisScheme#KOREAN_ENGLISH} (ignored by
 * the other schemes)
 */
public record IndexSettings(String name, AnalysisScheme scheme, float titleBoost, float k1, float b,
		KoreanAnalysis korean) {

	/**
	 * Title weight of {@link #defaults()}: the title field's clauses on top of the title
	 * words already in the body field, measured on KorQuAD (docs/benchmarks.md).
	 */
	public static final float DEFAULT_TITLE_BOOST = 0.25f;

	/** Lucene's BM25 k1, used by the baselines. */
	public static final float LUCENE_K1 = 1.2f;

	/** Lucene's BM25 b, used by the baselines. */
	public static final float LUCENE_B = 0.75f;

	/** BM25 k1 of Anserini's BEIR regressions. */
	public static final float ANSERINI_K1 = 0.9f;

	/** BM25 b of Anserini's BEIR regressions. */
	public static final float ANSERINI_B = 0.4f;

	public IndexSettings {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(korean, "korean");
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		if (!(titleBoost > 0) || !(k1 >= 0) || !(b >= 0 && b <= 1)) {
			throw new IllegalArgumentException("bad settings: titleBoost " + titleBoost + ", k1 " + k1 + ", b " + b);
		}
	}

	/** Settings with the service's Korean analysis, {@link KoreanAnalysis#DEFAULT}. */
	public IndexSettings(String name, AnalysisScheme scheme, float titleBoost, float k1, float b) {
		this(name, scheme, titleBoost, k1, b, KoreanAnalysis.DEFAULT);
	}

	/**
	 * Draftwave's tuned Korean + English setup: k1 0.9, b 0.4 (the English fields), title
	 * weight 0.25, Korean analysis {@link KoreanAnalysis#DEFAULT} (which has its own k1
	 * and b).
	 */
	public static IndexSettings defaults() {
		return new IndexSettings("nori", AnalysisScheme.KOREAN_ENGLISH, DEFAULT_TITLE_BOOST, ANSERINI_K1, ANSERINI_B);
	}

	/**
	 * A baseline scheme with Lucene's BM25 defaults (Anserini's for
	 * {@link AnalysisScheme#ENGLISH_FLAT}).
	 */
	public static IndexSettings baseline(String name, AnalysisScheme scheme) {
		return scheme == AnalysisScheme.ENGLISH_FLAT ? new IndexSettings(name, scheme, 1f, ANSERINI_K1, ANSERINI_B)
				: new IndexSettings(name, scheme, 1f, LUCENE_K1, LUCENE_B);
	}

	/** A copy with other BM25 parameters. */
	public IndexSettings withBm25(float newK1, float newB) {
		return new IndexSettings(name, scheme, titleBoost, newK1, newB, korean);
	}

	/** A copy with another title weight. */
	public IndexSettings withTitleBoost(float newTitleBoost) {
		return new IndexSettings(name, scheme, newTitleBoost, k1, b, korean);
	}

	/** A copy with another Korean analysis. */
	public IndexSettings withKorean(KoreanAnalysis newKorean) {
		return new IndexSettings(name, scheme, titleBoost, k1, b, newKorean);
	}

	/**
	 * What an index built with these settings depends on: the scheme and, for
	 * {@link AnalysisScheme#KOREAN_ENGLISH}, {@link KoreanAnalysis#indexSignature()}.
	 * BM25 parameters and weights are applied at search time and are not part of it.
	 */
	public String analysisSignature() {
		return scheme == AnalysisScheme.KOREAN_ENGLISH ? scheme + "/" + korean.indexSignature() : scheme.name();
	}

	/** A copy with another name. */
	public IndexSettings withName(String newName) {
		return new IndexSettings(newName, scheme, titleBoost, k1, b, korean);
	}

}

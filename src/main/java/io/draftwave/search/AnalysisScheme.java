package io.draftwave.search;

/**
 * How passages and queries are analysed and which fields they are indexed into.
 */
public enum AnalysisScheme {

	/**
	 * Draftwave's scheme: each passage's language is decided with
	 * {@link io.draftwave.corpus.Language#detect}; Korean passages go to a Nori-analysed
	 * field, English passages to an {@code EnglishAnalyzer} field, the title to both
	 * title fields. The query is analysed both ways and searched against both sides.
	 */
	KOREAN_ENGLISH,

	/** Baseline: {@code StandardAnalyzer} over one field holding title and text. */
	STANDARD,

	/**
	 * Baseline: {@code CJKAnalyzer} (Hangul bigrams) over one field holding title and
	 * text.
	 */
	CJK_BIGRAM,

	/**
	 * Baseline: Nori with Lucene's defaults ({@code new KoreanAnalyzer()}) over one
	 * field.
	 */
	NORI_FLAT,

	/**
	 * Anserini's BEIR "flat" setting: {@code EnglishAnalyzer} over one field holding
	 * {@code title + "\n" + text}, one query clause per distinct term weighted by its
	 * count.
	 */
	ENGLISH_FLAT

}

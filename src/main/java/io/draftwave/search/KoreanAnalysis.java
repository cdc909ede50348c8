package io.draftwave.search;

import java.util.Locale;
import java.util.Objects;

/**
 * How the Korean side of {@link AnalysisScheme#KOREAN_ENGLISH} analyses passages and queries.
 *
 * @param decompound what Nori keeps of a compound noun
 * @param stopTags which parts of speech are dropped
 * @param userDictionary whether {@link KoreanUserDictionary}'s public-administration terms are
 * used
 * @param bigramWeight weight of the query's clauses on the second Korean field, which holds
 * Hangul bigrams ({@code CJKAnalyzer}) of the same title and text; 0 for no such field
 * @param proximityWeight weight of the query's word pairs, each searched as a sloppy phrase
 * (within {@link #PROXIMITY_SLOP} positions) in the Korean body field; 0 for none
 */
public record KoreanAnalysis(Decompound decompound, StopTags stopTags, boolean userDictionary, float bigramWeight,
		float proximityWeight) {

	/** How far apart, in positions, two neighbouring query words may be for a proximity match. */
	public static final int PROXIMITY_SLOP = 3;

	/** Untuned Nori inside Draftwave's scheme: DISCARD, Lucene's stop tags, no dictionary, one field. */
	public static final KoreanAnalysis UNTUNED = new KoreanAnalysis(Decompound.DISCARD, StopTags.DEFAULT, false, 0f, 0f);

	/**
	 * The service's Korean analysis, tuned on KorQuAD dev and checked on questions about the
	 * default corpus (docs/benchmarks.md): DISCARD and Lucene's stop tags as before, the bigram
	 * field at 0.5 and word pairs at 0.2. Larger pair weights scored higher on KorQuAD, whose
	 * questions copy the paragraph's word order, but lower on the default corpus's questions. The
	 * user dictionary made no difference on KorQuAD or on the corpus questions and cost one or two
	 * of the paraphrased questions, so it is off.
	 */
	public static final KoreanAnalysis DEFAULT = new KoreanAnalysis(Decompound.DISCARD, StopTags.DEFAULT, false, 0.5f,
			0.2f);

	/** What Nori's tokenizer keeps of a compound such as 대중교통 (U+B300 U+C911 U+AD50 U+D1B5). */
	public enum Decompound {

		/** The compound only: 대중교통. */
		NONE,

		/** The parts only: 대중, 교통. */
		DISCARD,

		/** The compound and its parts: 대중교통, 대중, 교통. */
		MIXED

	}

	/** Which parts of speech are dropped after tokenizing. */
	public enum StopTags {

		/**
		 * Lucene's {@code KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS}: particles, endings,
		 * affixes, adverbs, determiners, interjections, punctuation.
		 */
		DEFAULT,

		/**
		 * The default plus pronouns (NP: 무엇, 어디, 누구), dependent nouns (NNB: 것, 수, 때),
		 * the copula (VCP, VCN) and auxiliary predicates (VX): the words a question is made of
		 * rather than what it asks about.
		 */
		QUESTION_WORDS,

		/**
		 * The default without adverbs (MAG) and determiners (MM): keeps 가장, 처음, 새, 첫, which
		 * can be what a question turns on.
		 */
		KEEP_MODIFIERS

	}

	public KoreanAnalysis {
		Objects.requireNonNull(decompound, "decompound");
		Objects.requireNonNull(stopTags, "stopTags");
		if (!(bigramWeight >= 0) || !(proximityWeight >= 0)) {
			throw new IllegalArgumentException(
					"weights must be at least 0: bigrams " + bigramWeight + ", proximity " + proximityWeight);
		}
	}

	/** Whether passages get the second, bigram field. */
	public boolean bigramField() {
		return bigramWeight > 0;
	}

	/** A copy with another compound handling. */
	public KoreanAnalysis withDecompound(Decompound newDecompound) {
		return new KoreanAnalysis(newDecompound, stopTags, userDictionary, bigramWeight, proximityWeight);
	}

	/** A copy with other stop tags. */
	public KoreanAnalysis withStopTags(StopTags newStopTags) {
		return new KoreanAnalysis(decompound, newStopTags, userDictionary, bigramWeight, proximityWeight);
	}

	/** A copy with the user dictionary on or off. */
	public KoreanAnalysis withUserDictionary(boolean use) {
		return new KoreanAnalysis(decompound, stopTags, use, bigramWeight, proximityWeight);
	}

	/** A copy with another bigram weight (0: no bigram field). */
	public KoreanAnalysis withBigramWeight(float weight) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, weight, proximityWeight);
	}

	/** A copy with another proximity weight (0: no word-pair clauses). */
	public KoreanAnalysis withProximityWeight(float weight) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, bigramWeight, weight);
	}

	/**
	 * What an index built with this analysis depends on, for telling whether an index on disk was
	 * built with the same analysis: decompounding, stop tags, the dictionary's content (a checksum,
	 * so an edited dictionary counts as a change) and the presence of the bigram field. The query
	 * weights of the bigram field and of word pairs are not part of it.
	 */
	public String indexSignature() {
		return String.format(Locale.ROOT, "nori:%s,stop:%s,dict:%s,bigrams:%s", decompound, stopTags,
				userDictionary ? KoreanUserDictionary.checksum() : "none", bigramField());
	}

	/** A short description for reports. */
	public String describe() {
		return String.format(Locale.ROOT, "%s, stop %s, dict %s, bigrams×%.2f, pairs×%.2f", decompound, stopTags,
				userDictionary ? "on" : "off", bigramWeight, proximityWeight);
	}

}

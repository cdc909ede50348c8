package io.draftwave.search;

import java.util.Locale;
import java.util.Objects;

/**
 * How the Korean side of {@link AnalysisScheme#KOREAN_ENGLISH} analyses passages and
 * queries.
 *
 * @param decompound what Nori keeps of a compound noun
 * @param stopTags which parts of speech are dropped
 * @param userDictionary whether {@link KoreanUserDictionary}'s public-administration
 * terms are used
 * @param bigramWeight weight of the query's clauses on the second Korean field, which
 * holds Hangul bigrams ({@code CJKAnalyzer}) of the same title and text; 0 for no such
 * field
 * @param proximityWeight weight of the query's word pairs, each searched as a sloppy
 * phrase (within {@link #PROXIMITY_SLOP} positions) in the Korean body field; 0 for none
 * @param sentenceWeight weight of the query's word pairs, neighbouring or not, each
 * searched as a sloppy phrase (within {@link #SENTENCE_SLOP} positions) in a third Korean
 * field that holds the passage's text one sentence per value, so that a pair only matches
 * inside one sentence; 0 for no such field
 * @param k1 BM25 term-frequency saturation of the Korean fields, at least 0
 * @param b BM25 length normalisation of the Korean fields, between 0 and 1
 * @param evidence how the first hits of a Korean query are ranked again by the best
 * sentence of each ({@link SentenceEvidence}); {@link Evidence#NONE} for no second
 * ranking
 */
public record KoreanAnalysis(Decompound decompound, StopTags stopTags, boolean userDictionary, float bigramWeight,
		float proximityWeight, float sentenceWeight, float k1, float b, Evidence evidence) {

	/**
	 * How far apart, in positions, two neighbouring query words may be for a proximity
	 * match.
	 */
	public static final int PROXIMITY_SLOP = 3;

	/**
	 * How far apart, in positions, two query words may be for a match inside one
	 * sentence; well under {@link #SENTENCE_GAP}, so that no match spans two sentences.
	 */
	public static final int SENTENCE_SLOP = 10;

	/** Positions left empty between two sentences of the sentence field. */
	public static final int SENTENCE_GAP = 1000;

	/**
	 * Untuned Nori inside Draftwave's scheme: DISCARD, Lucene's stop tags, no dictionary,
	 * one field, BM25 as on the English side (Anserini's k1 0.9, b 0.4).
	 */
	public static final KoreanAnalysis UNTUNED = new KoreanAnalysis(Decompound.DISCARD, StopTags.DEFAULT, false, 0f, 0f,
			0f, IndexSettings.ANSERINI_K1, IndexSettings.ANSERINI_B, Evidence.NONE);

	/**
	 * The service's Korean analysis, tuned on KorQuAD dev and checked on questions about
	 * the default corpus (docs/benchmarks.md): DISCARD and Lucene's stop tags as before,
	 * the bigram field at 0.5, word pairs at 0.3, and BM25 k1 0.3, b 0.7 on the Korean
	 * fields. The low k1 makes a second occurrence of a word count for little, so a
	 * passage that holds more of the question's distinct words wins over one that repeats
	 * the article's subject; with it, pairs at 0.3 no longer cost the corpus questions
	 * (at k1 0.9 they did from 0.4 on, and at 0.6 they still do). The user dictionary
	 * made no difference on KorQuAD or on the corpus questions and cost one or two of the
	 * paraphrased questions, so it is off; so are sentence pairs, which gained on KorQuAD
	 * and lost on both question sets about the corpus. The first ten hits are ranked
	 * again by their best sentence ({@link Evidence#DEFAULT}), which gained on KorQuAD
	 * and on both question sets.
	 */
	public static final KoreanAnalysis DEFAULT = new KoreanAnalysis(Decompound.DISCARD, StopTags.DEFAULT, false, 0.5f,
			0.3f, 0f, 0.3f, 0.7f, Evidence.DEFAULT);

	/**
	 * The second ranking of a Korean query's first hits by {@link SentenceEvidence}: each
	 * of the first {@code depth} hits gains, on top of its score, the first hit's score
	 * times {@code wordWeight} times its Nori-word evidence plus {@code bigramWeight}
	 * times its bigram evidence, each between 0 and 1.
	 *
	 * @param wordWeight weight of the evidence from the query's Nori words, at least 0
	 * @param bigramWeight weight of the evidence from the query's Hangul bigrams, at
	 * least 0; used only with the bigram field
	 * @param depth how many of the first hits are ranked again; below 2 for none
	 */
	public record Evidence(float wordWeight, float bigramWeight, int depth) {

		/** No second ranking. */
		public static final Evidence NONE = new Evidence(0f, 0f, 0);

		/**
		 * The service's: words 0.3, bigrams 0.1, the first 10 hits (docs/benchmarks.md).
		 */
		public static final Evidence DEFAULT = new Evidence(0.3f, 0.1f, 10);

		public Evidence {
			if (!(wordWeight >= 0) || !(bigramWeight >= 0) || depth < 0) {
				throw new IllegalArgumentException("bad sentence evidence: words " + wordWeight + ", bigrams "
						+ bigramWeight + ", depth " + depth);
			}
		}

		/** Whether hits are ranked again at all. */
		public boolean on() {
			return depth >= 2 && (wordWeight > 0 || bigramWeight > 0);
		}

	}

	/**
	 * What Nori's tokenizer keeps of a compound such as 대중교통 (U+B300 U+C911 U+AD50
	 * U+D1B5).
	 */
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
		 * Lucene's {@code KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS}: particles,
		 * endings, affixes, adverbs, determiners, interjections, punctuation.
		 */
		DEFAULT,

		/**
		 * The default plus pronouns (NP: 무엇, 어디, 누구), dependent nouns (NNB: 것, 수, 때), the
		 * copula (VCP, VCN) and auxiliary predicates (VX): the words a question is made
		 * of rather than what it asks about.
		 */
		QUESTION_WORDS,

		/**
		 * The default without adverbs (MAG) and determiners (MM): keeps 가장, 처음, 새, 첫,
		 * which can be what a question turns on.
		 */
		KEEP_MODIFIERS

	}

	public KoreanAnalysis {
		Objects.requireNonNull(decompound, "decompound");
		Objects.requireNonNull(stopTags, "stopTags");
		Objects.requireNonNull(evidence, "evidence");
		if (!(bigramWeight >= 0) || !(proximityWeight >= 0) || !(sentenceWeight >= 0)) {
			throw new IllegalArgumentException("weights must be at least 0: bigrams " + bigramWeight + ", proximity "
					+ proximityWeight + ", sentences " + sentenceWeight);
		}
		if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
			throw new IllegalArgumentException("bad Korean BM25 parameters: k1 " + k1 + ", b " + b);
		}
	}

	/** Whether passages get the second, bigram field. */
	public boolean bigramField() {
		return bigramWeight > 0;
	}

	/** Whether passages get the third, sentence-per-value field. */
	public boolean sentenceField() {
		return sentenceWeight > 0;
	}

	/** A copy with another compound handling. */
	public KoreanAnalysis withDecompound(Decompound newDecompound) {
		return new KoreanAnalysis(newDecompound, stopTags, userDictionary, bigramWeight, proximityWeight,
				sentenceWeight, k1, b, evidence);
	}

	/** A copy with other stop tags. */
	public KoreanAnalysis withStopTags(StopTags newStopTags) {
		return new KoreanAnalysis(decompound, newStopTags, userDictionary, bigramWeight, proximityWeight,
				sentenceWeight, k1, b, evidence);
	}

	/** A copy with the user dictionary on or off. */
	public KoreanAnalysis withUserDictionary(boolean use) {
		return new KoreanAnalysis(decompound, stopTags, use, bigramWeight, proximityWeight, sentenceWeight, k1, b,
				evidence);
	}

	/** A copy with another bigram weight (0: no bigram field). */
	public KoreanAnalysis withBigramWeight(float weight) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, weight, proximityWeight, sentenceWeight, k1, b,
				evidence);
	}

	/** A copy with another proximity weight (0: no word-pair clauses). */
	public KoreanAnalysis withProximityWeight(float weight) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, bigramWeight, weight, sentenceWeight, k1, b,
				evidence);
	}

	/**
	 * A copy with another sentence-pair weight (0: no sentence field, no sentence pairs).
	 */
	public KoreanAnalysis withSentenceWeight(float weight) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, bigramWeight, proximityWeight, weight, k1, b,
				evidence);
	}

	/** A copy with another second ranking of the first hits. */
	public KoreanAnalysis withEvidence(Evidence newEvidence) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, bigramWeight, proximityWeight, sentenceWeight,
				k1, b, newEvidence);
	}

	/** A copy with other BM25 parameters for the Korean fields. */
	public KoreanAnalysis withBm25(float newK1, float newB) {
		return new KoreanAnalysis(decompound, stopTags, userDictionary, bigramWeight, proximityWeight, sentenceWeight,
				newK1, newB, evidence);
	}

	/**
	 * What an index built with this analysis depends on, for telling whether an index on
	 * disk was built with the same analysis: decompounding, stop tags, the dictionary's
	 * content (a checksum, so an edited dictionary counts as a change) and the presence
	 * of the bigram and sentence fields. The query weights of those fields and of word
	 * pairs, the BM25 parameters and the sentence evidence apply at search time and are
	 * not part of it.
	 */
	public String indexSignature() {
		String signature = String.format(Locale.ROOT, "nori:%s,stop:%s,dict:%s,bigrams:%s", decompound, stopTags,
				userDictionary ? KoreanUserDictionary.checksum() : "none", bigramField());
		return sentenceField() ? signature + ",sentences:" + SENTENCE_GAP : signature;
	}

	/** A short description for reports. */
	public String describe() {
		String description = String.format(Locale.ROOT, "%s, stop %s, dict %s, bigrams×%.2f, pairs×%.2f", decompound,
				stopTags, userDictionary ? "on" : "off", bigramWeight, proximityWeight);
		return evidence.on() ? description + String.format(Locale.ROOT, ", evidence words×%.2f bigrams×%.2f top %d",
				evidence.wordWeight(), evidence.bigramWeight(), evidence.depth()) : description;
	}

}

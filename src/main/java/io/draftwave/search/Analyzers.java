package io.draftwave.search;

import java.util.EnumSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzers of the schemes. Each call returns a new analyzer; the caller closes it.
 */
final class Analyzers {

	private Analyzers() {
	}

	/** Nori with the service's {@link KoreanAnalysis#DEFAULT} settings. */
	static Analyzer korean() {
		return korean(KoreanAnalysis.DEFAULT);
	}

	/**
	 * Nori with the given compound handling, part-of-speech stop tags and user
	 * dictionary; Latin letters lowercased, Hanja kept as written.
	 */
	static Analyzer korean(KoreanAnalysis analysis) {
		return new KoreanAnalyzer(analysis.userDictionary() ? KoreanUserDictionary.get() : null,
				decompoundMode(analysis.decompound()), stopTags(analysis.stopTags()), false);
	}

	/**
	 * Nori like {@link #korean(KoreanAnalysis)} for a field written one sentence per
	 * value: {@link KoreanAnalysis#SENTENCE_GAP} empty positions between two values.
	 */
	static Analyzer koreanSentences(KoreanAnalysis analysis) {
		return new KoreanAnalyzer(analysis.userDictionary() ? KoreanUserDictionary.get() : null,
				decompoundMode(analysis.decompound()), stopTags(analysis.stopTags()), false) {

			@Override
			public int getPositionIncrementGap(String fieldName) {
				return KoreanAnalysis.SENTENCE_GAP;
			}

		};
	}

	/**
	 * Hangul bigrams (and Latin words) of {@code CJKAnalyzer}, for the second Korean
	 * field.
	 */
	static Analyzer koreanBigrams() {
		return new CJKAnalyzer();
	}

	static DecompoundMode decompoundMode(KoreanAnalysis.Decompound decompound) {
		return switch (decompound) {
			case NONE -> DecompoundMode.NONE;
			case DISCARD -> DecompoundMode.DISCARD;
			case MIXED -> DecompoundMode.MIXED;
		};
	}

	static Set<POS.Tag> stopTags(KoreanAnalysis.StopTags stopTags) {
		Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
		switch (stopTags) {
			case DEFAULT -> {
			}
			case QUESTION_WORDS ->
				tags.addAll(EnumSet.of(POS.Tag.NP, POS.Tag.NNB, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX));
			case KEEP_MODIFIERS -> tags.removeAll(EnumSet.of(POS.Tag.MAG, POS.Tag.MM));
		}
		return tags;
	}

	/**
	 * Lucene's English analysis: possessives, lowercase, English stop words, Porter
	 * stemming.
	 */
	static Analyzer english() {
		return new EnglishAnalyzer();
	}

	static Analyzer standard() {
		return new StandardAnalyzer();
	}

	static Analyzer cjkBigram() {
		return new CJKAnalyzer();
	}

	static Analyzer noriUntuned() {
		return new KoreanAnalyzer();
	}

}

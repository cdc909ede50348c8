package io.draftwave.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzers of the schemes. Each call returns a new analyzer; the caller closes it.
 */
final class Analyzers {

	/**
	 * Nori's compound handling for Draftwave's Korean field: DISCARD (parts only) beat MIXED
	 * (compound and parts) on KorQuAD by 0.0007 to 0.0031 nDCG@10 in every setting tried
	 * (docs/benchmarks.md).
	 */
	static final DecompoundMode KOREAN_DECOMPOUND = DecompoundMode.DISCARD;

	private Analyzers() {
	}

	/**
	 * Nori with the default part-of-speech stop tags (particles, endings, affixes, punctuation
	 * removed), Hanja read as Hangul, and Latin letters lowercased.
	 */
	static Analyzer korean() {
		return new KoreanAnalyzer(null, KOREAN_DECOMPOUND, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
	}

	/** Lucene's English analysis: possessives, lowercase, English stop words, Porter stemming. */
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

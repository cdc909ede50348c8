package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of a piece of text: the terms the search index would make of it, so
 * that a sentence and the passage it cites can be compared word by word whatever their
 * inflection.
 * <p>
 * Korean text goes through Nori as the index's Korean field does: compounds split into
 * their parts ({@code DISCARD}), particles, endings, affixes and punctuation dropped by
 * the default part-of-speech stop tags, verbs and adjectives reduced to their stems,
 * Latin words lowercased. English text goes through Lucene's English analysis:
 * lowercased, English stop words dropped, Porter-stemmed. Numbers are kept as terms of
 * their own and the counter after them is a separate term: "2024년 참여 인원은 847명이었다" gives
 * {@code 2024, 년, 참여, 인원, 847, 명, 이} (the last is the copula of "이었다", which the default
 * stop tags keep), and "2024년 교육 참여 인원은 847명으로 집계됐다" shares
 * {@code 2024, 년, 참여, 인원, 847, 명} with it. A wrong number therefore costs one term, not
 * the whole claim. Decimals fall apart at the point: "3.5%" gives {@code 3, 5}. English
 * "Enrolment rose to 847 people in 2024" gives {@code enrol, rose, 847, peopl, 2024}.
 * <p>
 * Thread-safe: the analyzers are shared and reuse their token streams per thread.
 */
public final class ContentWords {

	private static final String FIELD = "content";

	private final Analyzer korean = Analyzers.korean();

	private final Analyzer english = Analyzers.english();

	/**
	 * Nori keeping only common and proper nouns, compounds whole: 자전거 stays one term
	 * instead of 자전 and 거.
	 */
	private final Analyzer nouns = new KoreanAnalyzer(null, DecompoundMode.NONE,
			EnumSet.complementOf(EnumSet.of(POS.Tag.NNG, POS.Tag.NNP)), false);

	private final Analyzer nounParts = new KoreanAnalyzer(null, DecompoundMode.DISCARD,
			EnumSet.complementOf(EnumSet.of(POS.Tag.NNG, POS.Tag.NNP)), false);

	/** Content words with Draftwave's Korean and English analysis. */
	public ContentWords() {
	}

	/**
	 * The distinct content words of the text, analysed as the given language.
	 * @param text any text; blank text gives an empty set
	 * @param language {@link Language#KO} for Nori, {@link Language#EN} for English
	 * analysis
	 * @return an unmodifiable set, in order of first appearance in the text
	 */
	public Set<String> of(String text, Language language) {
		Analyzer analyzer = language == Language.KO ? korean : english;
		return Collections.unmodifiableSet(new LinkedHashSet<>(terms(analyzer, text)));
	}

	/**
	 * The Korean nouns of the text in order, repeats kept: common and proper nouns only,
	 * compounds kept whole (unlike {@link #of}); numbers, verbs, particles, endings and
	 * Latin words are dropped. "공유 자전거가 인도에 방치되어 통행이 불편합니다" gives
	 * {@code 공유, 자전거, 인도, 방치, 통행, 불편}.
	 * @param text any text; blank text gives an empty list
	 * @return an unmodifiable list
	 */
	public List<String> nouns(String text) {
		return terms(nouns, text);
	}

	/**
	 * The Korean nouns of the text like {@link #nouns}, compounds split into their parts
	 * as the index splits them: "공유 자전거가" gives {@code 공유, 자전, 거}. More terms per text
	 * tell near-duplicate texts apart better.
	 * @return an unmodifiable list
	 */
	public List<String> nounParts(String text) {
		return terms(nounParts, text);
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not analyse text held in memory", e);
		}
		return Collections.unmodifiableList(terms);
	}

	/**
	 * The distinct content words of the text, analysed as the language
	 * {@link Language#detect} finds in it: "참여 인원 847명" as Korean, "847 people took part"
	 * as English.
	 * @return an unmodifiable set, in order of first appearance in the text
	 */
	public Set<String> of(String text) {
		return of(text, Language.detect(text));
	}

}

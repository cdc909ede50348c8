package io.draftwave.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.SentenceSplitter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.jspecify.annotations.Nullable;

/**
 * {@link AnalysisScheme#KOREAN_ENGLISH}: a Nori field for Korean passages, an English
 * field for English passages, each holding {@code title + "\n" + text} with term vectors;
 * the title also goes to both title fields, weighted by the title boost. The query is
 * analysed both ways and searched against both sides, the side of the query's language
 * (the hint, else detected from the query) at full weight and the other at
 * {@link #OTHER_LANGUAGE_WEIGHT}: an English question about Big-Data Wave should prefer
 * the English passages over Korean ones that merely quote "Big-Data Wave", while a Korean
 * question still finds an English passage when that is all there is.
 * <p>
 * With {@link KoreanAnalysis#bigramField()}, Korean passages also get
 * {@link #BODY_KO_BIGRAMS} (Hangul bigrams of the same title and text, no term vectors)
 * and the query's bigrams are added as further clauses weighted by
 * {@link KoreanAnalysis#bigramWeight()}: a word Nori cuts differently in the question and
 * in the passage still shares bigrams with it. With
 * {@link KoreanAnalysis#proximityWeight()}, each pair of neighbouring Korean query words
 * is also searched as a sloppy phrase. With {@link KoreanAnalysis#sentenceField()},
 * Korean passages also get {@link #BODY_KO_SENTENCES} (the text one sentence per value,
 * {@link KoreanAnalysis#SENTENCE_GAP} positions apart, no term vectors) and every pair of
 * Korean query words is searched there as a sloppy phrase, which can only match inside
 * one sentence. These clauses apply to Korean queries only (the hint, else detected), so
 * English queries are scored as before; so does the second ranking of the first hits by
 * {@link SentenceEvidence}. The Korean fields are scored with the Korean analysis's own
 * BM25 parameters.
 */
final class BilingualSchema implements SearchSchema {

	static final String BODY_KO = "body_ko";
	static final String BODY_EN = "body_en";
	static final String TITLE_KO = "title_ko";
	static final String TITLE_EN = "title_en";
	static final String BODY_KO_BIGRAMS = "body_ko_bigrams";
	static final String BODY_KO_SENTENCES = "body_ko_sentences";

	private static final SentenceSplitter SENTENCES = new SentenceSplitter();

	/** Weight of the passages written in the other language than the query's. */
	static final float OTHER_LANGUAGE_WEIGHT = 0.5f;

	private final KoreanAnalysis koreanAnalysis;

	private final Analyzer korean;

	private final Analyzer sentences;

	private final Analyzer bigrams = Analyzers.koreanBigrams();

	private final Analyzer english = Analyzers.english();

	private final PerFieldAnalyzerWrapper analyzer;

	BilingualSchema(KoreanAnalysis koreanAnalysis) {
		this.koreanAnalysis = koreanAnalysis;
		this.korean = Analyzers.korean(koreanAnalysis);
		this.sentences = Analyzers.koreanSentences(koreanAnalysis);
		this.analyzer = new PerFieldAnalyzerWrapper(english, Map.of(BODY_KO, korean, TITLE_KO, korean, BODY_KO_BIGRAMS,
				bigrams, BODY_KO_SENTENCES, sentences, BODY_EN, english, TITLE_EN, english));
	}

	@Override
	public Analyzer analyzer() {
		return analyzer;
	}

	@Override
	public void addSearchableFields(Document document, String title, String text, Language language) {
		document.add(SearchSchema.body(language == Language.KO ? BODY_KO : BODY_EN, title, text));
		if (language == Language.KO && koreanAnalysis.bigramField()) {
			document.add(new TextField(BODY_KO_BIGRAMS, SearchSchema.bodyText(title, text), Field.Store.NO));
		}
		if (language == Language.KO && koreanAnalysis.sentenceField()) {
			for (SentenceSplitter.Span sentence : SENTENCES.split(text)) {
				document.add(new TextField(BODY_KO_SENTENCES, sentence.of(text), Field.Store.NO));
			}
		}
		if (!title.isEmpty()) {
			document.add(new TextField(TITLE_KO, title, Field.Store.NO));
			document.add(new TextField(TITLE_EN, title, Field.Store.NO));
		}
	}

	/**
	 * BM25 with {@link KoreanAnalysis#k1()} and {@link KoreanAnalysis#b()} on the Korean
	 * fields, the given parameters on the English ones.
	 */
	@Override
	public Similarity similarity(float k1, float b) {
		BM25Similarity other = new BM25Similarity(k1, b);
		BM25Similarity korean = new BM25Similarity(koreanAnalysis.k1(), koreanAnalysis.b());
		return new PerFieldSimilarityWrapper() {

			@Override
			public Similarity get(String field) {
				return switch (field) {
					case BODY_KO, TITLE_KO, BODY_KO_BIGRAMS, BODY_KO_SENTENCES -> korean;
					default -> other;
				};
			}

		};
	}

	@Override
	public String bodyField(Language passageLanguage) {
		return passageLanguage == Language.KO ? BODY_KO : BODY_EN;
	}

	@Override
	public QueryPlan plan(String text, @Nullable Language hint, float titleBoost) {
		SearchSchema.QueryTerms korean = SearchSchema.analyse(analyzer, BODY_KO, text);
		Map<String, Integer> koreanTerms = korean.counts();
		Map<String, Integer> englishTerms = SearchSchema.termCounts(analyzer, BODY_EN, text);
		if (koreanTerms.isEmpty() && englishTerms.isEmpty()) {
			return new QueryPlan(null, Map.of());
		}
		Language language = hint != null ? hint : Language.detect(text);
		float ko = language == Language.KO ? 1f : OTHER_LANGUAGE_WEIGHT;
		float en = language == Language.EN ? 1f : OTHER_LANGUAGE_WEIGHT;
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		SearchSchema.addBagOfWords(builder, BODY_KO, koreanTerms, ko);
		SearchSchema.addBagOfWords(builder, TITLE_KO, koreanTerms, titleBoost * ko);
		SearchSchema.addBagOfWords(builder, BODY_EN, englishTerms, en);
		SearchSchema.addBagOfWords(builder, TITLE_EN, englishTerms, titleBoost * en);
		Map<String, Integer> bigramTerms = language == Language.KO && koreanAnalysis.bigramField()
				? SearchSchema.termCounts(analyzer, BODY_KO_BIGRAMS, text) : Map.of();
		if (language == Language.KO) {
			SearchSchema.addBagOfWords(builder, BODY_KO_BIGRAMS, bigramTerms, koreanAnalysis.bigramWeight());
			addWordPairs(builder, korean.sequence());
			addSentencePairs(builder, korean.sequence());
		}
		Map<String, Set<String>> terms = new HashMap<>();
		terms.put(BODY_KO, koreanTerms.keySet());
		terms.put(BODY_EN, englishTerms.keySet());
		return new QueryPlan(builder.build(), terms, evidence(language, koreanTerms, bigramTerms));
	}

	/**
	 * The second ranking of a Korean query's first hits, or null for an English query or
	 * none configured.
	 */
	private @Nullable SentenceEvidence evidence(Language language, Map<String, Integer> koreanTerms,
			Map<String, Integer> bigramTerms) {
		if (language != Language.KO || !koreanAnalysis.evidence().on() || koreanTerms.isEmpty()) {
			return null;
		}
		return new SentenceEvidence(koreanTerms.keySet(), bigramTerms.keySet(), koreanAnalysis.evidence(), BODY_KO,
				koreanAnalysis.bigramField() ? BODY_KO_BIGRAMS : null);
	}

	private void addWordPairs(BooleanQuery.Builder builder, List<String> koreanSequence) {
		if (koreanAnalysis.proximityWeight() > 0) {
			SearchSchema.addWordPairs(builder, BODY_KO, koreanSequence, KoreanAnalysis.PROXIMITY_SLOP,
					koreanAnalysis.proximityWeight());
		}
	}

	private void addSentencePairs(BooleanQuery.Builder builder, List<String> koreanSequence) {
		if (koreanAnalysis.sentenceField()) {
			SearchSchema.addAllPairs(builder, BODY_KO_SENTENCES, koreanSequence, KoreanAnalysis.SENTENCE_SLOP,
					koreanAnalysis.sentenceWeight());
		}
	}

	@Override
	public void close() {
		analyzer.close();
		korean.close();
		sentences.close();
		bigrams.close();
		english.close();
	}

}

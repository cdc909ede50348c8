package io.draftwave.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.draftwave.corpus.SentenceSplitter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the first hits of a Korean query again by the best evidence a single sentence of
 * each gives. A passage's evidence is the share of the query's weight that its best
 * sentence holds, the title counting as part of every sentence; a query word weighs its
 * inverse document frequency in the index times its inverse frequency among the hits
 * being ranked, so that the words every hit shares (the subject of an article, the name
 * of a programme that all passages of one report repeat) count for little and the words
 * that tell the hits apart decide. Each hit gains the first hit's score times the
 * weighted evidence of its Nori words and of its Hangul bigrams; the hits below the
 * ranked ones keep their places, since every gain is at least 0.
 * <p>
 * Word positions come from the body field's term vector; the places of the query's
 * bigrams are found in the stored title and text by {@link BigramPlaces}. One instance
 * serves one query, on one thread; it keeps the stored fields and term vectors it read
 * for the search's excerpts.
 */
final class SentenceEvidence {

	/** The title's unit: it counts with every sentence. */
	private static final int TITLE = -1;

	private static final SentenceSplitter SENTENCES = new SentenceSplitter();

	private final Set<String> words;

	private final Set<String> bigrams;

	private final KoreanAnalysis.Evidence weights;

	private final String wordField;

	private final @Nullable String bigramField;

	private final @Nullable BigramPlaces bigramPlaces;

	private final Map<Integer, Document> stored = new HashMap<>();

	private final Map<Integer, Terms> vectors = new HashMap<>();

	/**
	 * @param words the query's terms in the Korean body field
	 * @param bigrams the query's terms in the bigram field (empty without that field)
	 * @param weights the weights and depth
	 * @param wordField the Korean body field, which has term vectors with offsets
	 * @param bigramField the bigram field, null when the index has none
	 */
	SentenceEvidence(Set<String> words, Set<String> bigrams, KoreanAnalysis.Evidence weights, String wordField,
			@Nullable String bigramField) {
		this.words = Set.copyOf(words);
		this.bigrams = bigramField == null ? Set.of() : Set.copyOf(bigrams);
		this.weights = weights;
		this.wordField = wordField;
		this.bigramField = bigramField;
		this.bigramPlaces = bigramField == null || bigrams.isEmpty() ? null : new BigramPlaces(bigrams);
	}

	/**
	 * The stored fields of a hit ranked again by the last {@link #rescore}, so that the
	 * search does not read them a second time for its excerpt; null for any other
	 * document.
	 */
	@Nullable Document stored(int doc) {
		return stored.get(doc);
	}

	/**
	 * The term vector of a hit's Korean body field read by the last {@link #rescore}, for
	 * the excerpt; null for any other document or field, or when the passage has none.
	 */
	@Nullable Terms vector(int doc, String field) {
		return field.equals(wordField) ? vectors.get(doc) : null;
	}

	/** How many of the first hits to fetch and rank again. */
	int depth() {
		return weights.depth();
	}

	/**
	 * The hits with the first {@link #depth()} ranked again, as {@link FieldDoc}s sorted
	 * by score then source id like the search's own sort; the others unchanged.
	 * @param hits hits of a search sorted by score then source id
	 */
	ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		int k = Math.min(weights.depth(), hits.length);
		if (k < 2 || hits[0].score <= 0) {
			return hits;
		}
		List<Units> passages = new ArrayList<>(k);
		StoredFields storedFields = searcher.storedFields();
		TermVectors termVectors = searcher.getIndexReader().termVectors();
		for (int i = 0; i < k; i++) {
			passages.add(units(storedFields, termVectors, hits[i].doc));
		}
		double[] wordEvidence = evidence(searcher.getIndexReader(), wordField, words, passages, Units::words);
		double[] bigramEvidence = bigramField == null ? new double[k]
				: evidence(searcher.getIndexReader(), bigramField, bigrams, passages, Units::bigrams);
		float first = hits[0].score;
		FieldDoc[] ranked = new FieldDoc[k];
		for (int i = 0; i < k; i++) {
			float score = (float) (hits[i].score
					+ first * (weights.wordWeight() * wordEvidence[i] + weights.bigramWeight() * bigramEvidence[i]));
			ranked[i] = new FieldDoc(hits[i].doc, score,
					new Object[] { score, PassageRanking.sortedSourceId(hits[i]) });
		}
		Arrays.sort(ranked,
				Comparator.comparingDouble((FieldDoc d) -> -d.score).thenComparing(PassageRanking::sortedSourceId));
		ScoreDoc[] result = hits.clone();
		System.arraycopy(ranked, 0, result, 0, k);
		return result;
	}

	/**
	 * For each query term of the passage, the units (sentences, {@link #TITLE}) holding
	 * it.
	 */
	private record Units(Map<String, Set<Integer>> words, Map<String, Set<Integer>> bigrams, int sentences) {
	}

	private Units units(StoredFields storedFields, TermVectors termVectors, int doc) throws IOException {
		Document document = storedFields.document(doc);
		stored.put(doc, document);
		String title = PassageFields.title(document);
		String text = PassageFields.text(document);
		int prefix = SearchSchema.bodyPrefix(title);
		List<SentenceSplitter.Span> sentences = SENTENCES.split(text);
		int[] starts = sentences.stream().mapToInt(span -> prefix + span.start()).toArray();
		Map<String, Set<Integer>> wordUnits = new HashMap<>();
		Terms vector = termVectors.get(doc, wordField);
		if (vector != null) {
			vectors.put(doc, vector);
		}
		if (vector != null && vector.hasOffsets()) {
			TermsEnum terms = vector.iterator();
			for (String word : words) {
				if (terms.seekExact(new BytesRef(word))) {
					PostingsEnum postings = terms.postings(null, PostingsEnum.OFFSETS);
					postings.nextDoc();
					for (int i = 0; i < postings.freq(); i++) {
						postings.nextPosition();
						unitsOf(wordUnits, word).add(unit(postings.startOffset(), prefix, starts));
					}
				}
			}
		}
		Map<String, Set<Integer>> bigramUnits = new HashMap<>();
		if (bigramPlaces != null) {
			bigramPlaces.in(SearchSchema.bodyText(title, text)).forEach((bigram, offsets) -> {
				for (int offset : offsets) {
					unitsOf(bigramUnits, bigram).add(unit(offset, prefix, starts));
				}
			});
		}
		return new Units(wordUnits, bigramUnits, starts.length);
	}

	private static Set<Integer> unitsOf(Map<String, Set<Integer>> units, String term) {
		return units.computeIfAbsent(term, t -> new HashSet<>());
	}

	/**
	 * The sentence holding a body offset: the last one starting at or before it; the
	 * title before the text.
	 */
	private static int unit(int offset, int prefix, int[] starts) {
		if (offset < prefix || starts.length == 0) {
			return TITLE;
		}
		int found = Arrays.binarySearch(starts, offset);
		return found >= 0 ? found : Math.max(0, -found - 2);
	}

	/**
	 * Each passage's best sentence's share of the query's weight in one field, between 0
	 * and 1. A term weighs its BM25 inverse document frequency in the field times the
	 * same formula over the passages being ranked.
	 */
	private static double[] evidence(IndexReader reader, String field, Set<String> queryTerms, List<Units> passages,
			Function<Units, Map<String, Set<Integer>>> termUnits) throws IOException {
		int k = passages.size();
		double[] evidence = new double[k];
		long documents = reader.getDocCount(field);
		if (queryTerms.isEmpty() || documents == 0) {
			return evidence;
		}
		Map<String, Integer> documentFrequencies = documentFrequencies(reader, field, queryTerms);
		Map<String, Double> weight = new HashMap<>();
		double total = 0;
		for (String term : queryTerms) {
			int local = 0;
			for (Units passage : passages) {
				if (termUnits.apply(passage).containsKey(term)) {
					local++;
				}
			}
			double w = idf(documentFrequencies.get(term), documents) * idf(local, k);
			weight.put(term, w);
			total += w;
		}
		if (total <= 0) {
			return evidence;
		}
		for (int i = 0; i < k; i++) {
			Map<String, Set<Integer>> units = termUnits.apply(passages.get(i));
			double title = 0;
			double[] sentences = new double[passages.get(i).sentences()];
			for (Map.Entry<String, Set<Integer>> entry : units.entrySet()) {
				double w = weight.get(entry.getKey());
				if (entry.getValue().contains(TITLE)) {
					title += w;
				}
				else {
					for (int unit : entry.getValue()) {
						sentences[unit] += w;
					}
				}
			}
			double best = 0;
			for (double sentence : sentences) {
				best = Math.max(best, sentence);
			}
			evidence[i] = (title + best) / total;
		}
		return evidence;
	}

	/**
	 * How many passages hold each term in a field, like {@link IndexReader#docFreq} but
	 * with one terms enumeration per segment for all the terms.
	 */
	static Map<String, Integer> documentFrequencies(IndexReader reader, String field, Set<String> terms)
			throws IOException {
		Map<String, Integer> frequencies = new HashMap<>();
		for (String term : terms) {
			frequencies.put(term, 0);
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms fieldTerms = leaf.reader().terms(field);
			if (fieldTerms == null) {
				continue;
			}
			TermsEnum termsEnum = fieldTerms.iterator();
			for (String term : terms) {
				if (termsEnum.seekExact(new BytesRef(term))) {
					frequencies.merge(term, termsEnum.docFreq(), Integer::sum);
				}
			}
		}
		return frequencies;
	}

	/** BM25's inverse document frequency: ln(1 + (n − df + 0.5) / (df + 0.5)). */
	static double idf(long documentFrequency, long documents) {
		return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
	}

}

package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.draftwave.search.ContentWords;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.SearchHit;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.SourcePassage;
import io.draftwave.security.KoreanPiiMasker;

/**
 * Chooses the passages a draft may cite. It searches the index for the instructions
 * ({@code 2 × k} hits, within the request's documents), then walks the hits in rank order and
 * keeps a passage unless its document already gave {@code maxSourcesPerDocument}, it repeats a
 * kept passage (same source id, or at least {@value #NEAR_DUPLICATE} Jaccard similarity of
 * content words), or it would take the sources past the token budget; it stops at {@code k}
 * sources. Kept passages are read in full ({@link PassageIndex#findSource}) and numbered [1]..[n]
 * in rank order.
 * <p>
 * Refusal: when none of the kept passages (with its document title) contains at least
 * {@code minRelevance} of the instructions' content words, the result is empty and the request
 * is answered with a refusal instead of a draft. "보도자료: 청년 일자리 박람회 결과" has the content
 * words 보도, 자료, 청년, 일자리, 박람회, 결과; a passage on the 박람회 with 청년 and 일자리 covers
 * 3/6 and passes at 0.3, a passage on library hours covers none and is refused. Words count by
 * their rarity in the index, and a request longer than {@value #SHORT_REQUEST_WORDS} content words
 * needs proportionally less; personal data is masked before the search. Instructions with no
 * content word at all are refused too.
 * <p>
 * Blocking (Lucene): call it off the event loop. Thread-safe.
 */
public final class SourceSelector {

	/** Jaccard similarity of content words from which two passages count as the same. */
	static final double NEAR_DUPLICATE = 0.9;

	/** Requests with up to this many content words need the full {@code minRelevance}. */
	static final int SHORT_REQUEST_WORDS = 8;

	private final KoreanPiiMasker masker = new KoreanPiiMasker();

	private final PassageIndex index;

	private final ContentWords words;

	private final DraftingProperties properties;

	/**
	 * @param index where passages are searched and read in full
	 * @param words the content words of instructions and passages, for refusal and de-duplication
	 * @param properties the per-document cap, the token budget and {@code minRelevance}
	 */
	public SourceSelector(PassageIndex index, ContentWords words, DraftingProperties properties) {
		this.index = index;
		this.words = words;
		this.properties = properties;
	}

	/**
	 * The numbered sources for a request, most relevant first; empty when nothing relevant enough
	 * was found (a refusal).
	 */
	public List<NumberedSource> select(DraftRequest request) {
		int k = Math.min(request.k() * 2, SearchQuery.MAX_K);
		// personal data in a pasted complaint should neither steer the search nor count against relevance
		String query = masker.mask(request.instructions());
		List<SearchHit> hits = index.retrieve(new SearchQuery(query, k, null, request.documentIds()));
		Set<String> wanted = words.of(query);
		Map<String, Double> weights = rarities(wanted);
		List<Candidate> kept = new ArrayList<>();
		Map<String, Integer> perDocument = new HashMap<>();
		Set<String> seen = new HashSet<>();
		double tokens = 0;
		double best = 0;
		for (SearchHit hit : hits) {
			if (kept.size() >= request.k()) {
				break;
			}
			if (!seen.add(hit.sourceId())
					|| perDocument.getOrDefault(hit.documentId(), 0) >= properties.maxSourcesPerDocument()) {
				continue;
			}
			Optional<SourcePassage> passage = index.findSource(hit.sourceId());
			if (passage.isEmpty()) {
				continue; // removed between search and read
			}
			Candidate candidate = new Candidate(hit, passage.get(), words.of(passage.get().text()));
			double size = estimateTokens(candidate.passage().text());
			if (kept.stream().anyMatch(c -> similarity(c.words(), candidate.words()) >= NEAR_DUPLICATE)
					|| (!kept.isEmpty() && tokens + size > properties.sourceTokenBudget())) {
				continue;
			}
			kept.add(candidate);
			tokens += size;
			perDocument.merge(hit.documentId(), 1, Integer::sum);
			best = Math.max(best, coverage(weights, candidate));
		}
		if (best < requiredRelevance(wanted.size()) || wanted.isEmpty()) {
			return List.of();
		}
		List<NumberedSource> sources = new ArrayList<>();
		for (Candidate c : kept) {
			SourcePassage p = c.passage();
			sources.add(new NumberedSource(sources.size() + 1, p.sourceId(), p.documentId(), p.title(), p.text(),
					c.hit().excerpt(), p.page(), p.start(), p.end()));
		}
		return sources;
	}

	/**
	 * The share of the instructions' content words the passage (or its title) contains, each word
	 * weighted by its rarity in the index, ln(1 + N / (df + 1)): a word found in every passage
	 * ("시", "계획") counts little, a word the index has never seen ("지하철" in a corpus about
	 * data training) counts most, so a request about something else is refused even when its
	 * common words match.
	 */
	private double coverage(Map<String, Double> weights, Candidate candidate) {
		if (weights.isEmpty()) {
			return 0;
		}
		Set<String> have = new HashSet<>(candidate.words());
		have.addAll(words.of(candidate.passage().title()));
		double all = 0;
		double covered = 0;
		for (Map.Entry<String, Double> word : weights.entrySet()) {
			all += word.getValue();
			covered += have.contains(word.getKey()) ? word.getValue() : 0;
		}
		return covered / all;
	}

	/**
	 * The relevance a passage needs: {@code minRelevance} for a request of up to
	 * {@value #SHORT_REQUEST_WORDS} content words, and proportionally less for a longer one, such as
	 * a pasted complaint, most of whose words no passage can be expected to hold (40 words: a fifth).
	 */
	private double requiredRelevance(int wantedWords) {
		return properties.minRelevance() * Math.min(1.0, (double) SHORT_REQUEST_WORDS / Math.max(1, wantedWords));
	}

	/** Each wanted word's rarity weight, read from the index once per request. */
	private Map<String, Double> rarities(Set<String> wanted) {
		double passages = Math.max(1, index.passageCount());
		Map<String, Double> weights = new HashMap<>();
		for (String word : wanted) {
			weights.put(word, Math.log(1 + passages / (index.documentFrequency(word) + 1)));
		}
		return weights;
	}

	/** Jaccard similarity: shared words over all words; 0 when both are empty. */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return shared / (double) (a.size() + b.size() - shared);
	}

	/**
	 * A rough token count for budgeting, without a model's tokenizer: each Hangul syllable, Hangul
	 * letter, kana or Han character counts 1, each other run of letters or digits counts 1.3.
	 * "청년 일자리 847명" → 5 + 1.3 + 1 = 7.3 ("847" is a run of digits, "명" a syllable);
	 * "The city ran a fair" → 6.5. Model tokenizers differ, by up to a factor of two for Korean.
	 */
	static double estimateTokens(String text) {
		double tokens = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isCjk(c)) {
				tokens += 1;
				inWord = false;
			}
			else if (Character.isLetterOrDigit(c)) {
				if (!inWord) {
					tokens += 1.3;
				}
				inWord = true;
			}
			else {
				inWord = false;
			}
		}
		return tokens;
	}

	private static boolean isCjk(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
				|| script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
	}

	private record Candidate(SearchHit hit, SourcePassage passage, Set<String> words) {
	}

}

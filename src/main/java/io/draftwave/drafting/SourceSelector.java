package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.search.ContentWords;
import io.draftwave.search.PassageReader;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.SelectedPassage;
import io.draftwave.search.SourcePassage;
import io.draftwave.security.KoreanPiiMasker;

/**
 * Chooses the passages a draft may cite. It searches the index for the instructions
 * ({@code 2 × k} hits, within the request's documents), then walks the hits in rank order
 * and keeps a passage unless its document already gave {@code maxSourcesPerDocument}, it
 * repeats a kept passage (same source id, or at least {@value #NEAR_DUPLICATE} Jaccard
 * similarity of content words), or it would take the sources past the token budget; it
 * stops at {@code k} sources. Each hit's passage is read once, in full, as the search
 * offers it ({@link PassageReader#select}), and only the kept ones get an excerpt; they
 * are numbered [1]..[n] in rank order.
 * <p>
 * Refusal: when none of the kept passages (with its document title) contains at least
 * {@code minRelevance} of the instructions' content words, the result is empty and the
 * request is answered with a refusal instead of a draft. "보도자료: 청년 일자리 박람회 결과" has the
 * content words 보도, 자료, 청년, 일자리, 박람회, 결과; a passage on the 박람회 with 청년 and 일자리 covers 3/6
 * and passes at 0.3, a passage on library hours covers none and is refused. Words count
 * by their rarity in the index, and a request longer than {@value #SHORT_REQUEST_WORDS}
 * content words needs proportionally less; personal data is masked before the search.
 * Instructions with no content word at all are refused too.
 * <p>
 * <b>Figures.</b> When the request asks for a figure a table answers (see
 * {@link FigureLookup}), the computed figure is source [1] and the passages follow from
 * [2]; it is a source even when no passage is relevant enough, and a refusal then gives
 * the figure alone.
 * <p>
 * Blocking (Lucene, the tables): call it off the event loop. Thread-safe.
 */
public final class SourceSelector {

	/** Jaccard similarity of content words from which two passages count as the same. */
	static final double NEAR_DUPLICATE = 0.9;

	/** Requests with up to this many content words need the full {@code minRelevance}. */
	static final int SHORT_REQUEST_WORDS = 8;

	private final KoreanPiiMasker masker = new KoreanPiiMasker();

	private final PassageReader passages;

	private final ContentWords words;

	private final DraftingProperties properties;

	private final FigureLookup figures;

	/**
	 * A selector of passages only, without computed figures.
	 * @param passages where passages are searched and read in full
	 * @param words the content words of instructions and passages, for refusal and
	 * de-duplication
	 * @param properties the per-document cap, the token budget and {@code minRelevance}
	 */
	public SourceSelector(PassageReader passages, ContentWords words, DraftingProperties properties) {
		this(passages, words, properties, FigureLookup.none());
	}

	/**
	 * @param passages where passages are searched and read in full
	 * @param words the content words of instructions and passages, for refusal and
	 * de-duplication
	 * @param properties the per-document cap, the token budget and {@code minRelevance}
	 * @param figures finds the computed figure a request asks for, which becomes source
	 * [1]
	 */
	public SourceSelector(PassageReader passages, ContentWords words, DraftingProperties properties,
			FigureLookup figures) {
		this.passages = passages;
		this.words = words;
		this.properties = properties;
		this.figures = figures;
	}

	/**
	 * The numbered sources for a request: the computed figures it asks for, if any, then
	 * the passages, most relevant first; empty when there is no figure and nothing
	 * relevant enough was found (a refusal).
	 */
	public List<NumberedSource> select(DraftRequest request) {
		List<NumberedSource> sources = new ArrayList<>();
		for (NumberedSource figure : figures.find(request)) {
			sources.add(figure.renumbered(sources.size() + 1));
		}
		sources.addAll(passages(request, sources.size()));
		return sources;
	}

	/** The passages, numbered after {@code before} figure sources; empty on a refusal. */
	private List<NumberedSource> passages(DraftRequest request, int before) {
		int k = Math.min(request.k() * 2, SearchQuery.MAX_K);
		// personal data in a pasted complaint should neither steer the search nor count
		// against relevance
		String query = masker.mask(request.instructions());
		Set<String> wanted = words.of(query);
		Map<String, Double> weights = rarities(wanted);
		Choice choice = new Choice();
		List<SelectedPassage> kept = passages.select(new SearchQuery(query, k, null, request.documentIds()),
				request.k(), choice::keep);
		double best = 0;
		for (SelectedPassage selected : kept) {
			best = Math.max(best, coverage(weights, selected.passage(), choice.words(selected.passage())));
		}
		if (best < requiredRelevance(wanted.size()) || wanted.isEmpty()) {
			return List.of();
		}
		List<NumberedSource> sources = new ArrayList<>();
		for (SelectedPassage selected : kept) {
			SourcePassage p = selected.passage();
			sources.add(new NumberedSource(before + sources.size() + 1, p.sourceId(), p.documentId(), p.title(),
					p.text(), selected.excerpt(), p.page(), p.start(), p.end()));
		}
		return sources;
	}

	/**
	 * The choice among one request's hits, offered in rank order: a passage is kept
	 * unless its document already gave {@code maxSourcesPerDocument}, it repeats a kept
	 * passage, or it would take the kept passages past the token budget. Remembers the
	 * content words of what it kept.
	 */
	private final class Choice {

		private final Map<String, Set<String>> keptWords = new LinkedHashMap<>();

		private final Map<String, Integer> perDocument = new HashMap<>();

		private final Set<String> seen = new HashSet<>();

		private double tokens;

		boolean keep(SourcePassage passage) {
			if (!seen.add(passage.sourceId())
					|| perDocument.getOrDefault(passage.documentId(), 0) >= properties.maxSourcesPerDocument()) {
				return false;
			}
			Set<String> content = words.of(passage.text());
			double size = estimateTokens(passage.text());
			if (keptWords.values().stream().anyMatch(other -> similarity(other, content) >= NEAR_DUPLICATE)
					|| (!keptWords.isEmpty() && tokens + size > properties.sourceTokenBudget())) {
				return false;
			}
			keptWords.put(passage.sourceId(), content);
			tokens += size;
			perDocument.merge(passage.documentId(), 1, Integer::sum);
			return true;
		}

		Set<String> words(SourcePassage kept) {
			return keptWords.get(kept.sourceId());
		}

	}

	/**
	 * The share of the instructions' content words the passage (or its title) contains,
	 * each word weighted by its rarity in the index, ln(1 + N / (df + 1)): a word found
	 * in every passage ("시", "계획") counts little, a word the index has never seen ("지하철"
	 * in a corpus about data training) counts most, so a request about something else is
	 * refused even when its common words match.
	 */
	private double coverage(Map<String, Double> weights, SourcePassage passage, Set<String> passageWords) {
		if (weights.isEmpty()) {
			return 0;
		}
		Set<String> have = new HashSet<>(passageWords);
		have.addAll(words.of(passage.title()));
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
	 * {@value #SHORT_REQUEST_WORDS} content words, and proportionally less for a longer
	 * one, such as a pasted complaint, most of whose words no passage can be expected to
	 * hold (40 words: a fifth).
	 */
	private double requiredRelevance(int wantedWords) {
		return properties.minRelevance() * Math.min(1.0, (double) SHORT_REQUEST_WORDS / Math.max(1, wantedWords));
	}

	/** Each wanted word's rarity weight, read from the index once per request. */
	private Map<String, Double> rarities(Set<String> wanted) {
		double count = Math.max(1, passages.passageCount());
		Map<String, Double> weights = new HashMap<>();
		for (String word : wanted) {
			weights.put(word, Math.log(1 + count / (passages.documentFrequency(word) + 1)));
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
	 * A rough token count for budgeting, without a model's tokenizer: each Hangul
	 * syllable, Hangul letter, kana or Han character counts 1, each other run of letters
	 * or digits counts 1.3. "청년 일자리 847명" → 5 + 1.3 + 1 = 7.3 ("847" is a run of digits,
	 * "명" a syllable); "The city ran a fair" → 6.5. Model tokenizers differ, by up to a
	 * factor of two for Korean.
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

}

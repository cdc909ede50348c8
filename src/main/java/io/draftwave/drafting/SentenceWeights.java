package io.draftwave.drafting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a sentence matches a set of wanted words, each word weighted by its rarity
 * among the draft's candidate sentences: {@code idf(w) = ln(1 + N / df(w))}, N sentences,
 * df of them holding w (a word no sentence holds weighs {@code ln(1 + N)}). match = Σ idf
 * of the wanted words the sentence holds / Σ idf of all wanted words, in [0, 1]. A word
 * in every sentence ("시", "2024") counts little; the one word only the answer's sentence
 * shares counts most.
 */
final class SentenceWeights {

	private final Map<String, Integer> df = new HashMap<>();

	private final int sentences;

	SentenceWeights(List<SourceSentence> candidates) {
		this.sentences = candidates.size();
		candidates.forEach(s -> s.words().forEach(w -> df.merge(w, 1, Integer::sum)));
	}

	double idf(String word) {
		return Math.log(1 + (double) Math.max(1, sentences) / df.getOrDefault(word, 1));
	}

	/**
	 * The weighted share of {@code wanted} that {@code words} holds; 0 when nothing is
	 * wanted.
	 */
	double match(Set<String> words, Set<String> wanted) {
		double all = 0;
		double held = 0;
		for (String w : wanted) {
			double weight = idf(w);
			all += weight;
			if (words.contains(w)) {
				held += weight;
			}
		}
		return all == 0 ? 0 : held / all;
	}

	/** The Jaccard index of two sets of words, 0 when both are empty. */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / (a.size() + b.size() - common);
	}

}

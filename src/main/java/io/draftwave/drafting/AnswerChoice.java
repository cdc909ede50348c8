package io.draftwave.drafting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sentence that opens an answer. The extractive drafter asks its choices in
 * order and takes the first that answers; a choice that reads a figure source (a table's
 * result, once sources carry a type) can be put before {@link #matching()}.
 */
@FunctionalInterface
interface AnswerChoice {

	/**
	 * The sentence answering the question, or empty when this choice has none.
	 * @param question the question as asked
	 * @param wanted its content words
	 * @param candidates the clean sentences of the sources, in source then sentence order
	 * @param weights rarity weights over the candidates
	 */
	Optional<SourceSentence> choose(String question, Set<String> wanted, List<SourceSentence> candidates,
			SentenceWeights weights);

	/**
	 * The choice by matching words, answer type, passage rank and sentence position
	 * ({@link MatchingAnswer}).
	 */
	static AnswerChoice matching() {
		return MatchingAnswer::choose;
	}

}

package io.draftwave.drafting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sentence that opens an answer. The extractive drafter asks its choices in
 * order and takes the first that answers: {@link #figure()}, then {@link #matching()}.
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

	/**
	 * The statement of the first computed figure among the candidates: a table's result
	 * computed for this question answers it before any passage does.
	 */
	static AnswerChoice figure() {
		return (question, wanted, candidates,
				weights) -> candidates.stream().filter(SourceSentence::figure).findFirst();
	}

}

package io.draftwave.drafting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answer sentence by its score:
 * {@code match + TYPE·(holds the answer type ? 1 : −1) + RANK / (1 + passage rank) + LEAD·(lead sentence)},
 * where match is the rarity-weighted share of the question's words the sentence holds
 * ({@link SentenceWeights}) and the type term applies only when the question names a type
 * ({@link AnswerType}), counting only expressions the question does not already name. For
 * "2024년 교육 참여 인원은 몇 명인가?" (a count) the sentence "2024년 교육 참여 인원은 847명으로 집계되었다." holds
 * the rare words 참여, 인원 and a count and wins over "2024년 교육은 시청 별관에서 열렸다.", which shares
 * only 2024, 년, 교육. Ties go to the earlier sentence.
 */
final class MatchingAnswer {

	/** Weight of holding (or lacking) the expected type of answer. */
	static final double TYPE = 0.15;

	/** Weight of the passage's search rank. */
	static final double RANK = 0.1;

	/** Weight of being the first sentence of its passage. */
	static final double LEAD = 0.03;

	private MatchingAnswer() {
	}

	static Optional<SourceSentence> choose(String question, Set<String> wanted, List<SourceSentence> candidates,
			SentenceWeights weights) {
		AnswerType type = AnswerType.of(question);
		Questioned asked = new Questioned(question, type);
		SourceSentence best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (SourceSentence s : candidates) {
			if (s.contact()) {
				continue;
			}
			double score = score(s, asked, wanted, weights);
			if (score > bestScore) {
				best = s;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	private record Questioned(String question, AnswerType type) {
	}

	private static double score(SourceSentence s, Questioned asked, Set<String> wanted, SentenceWeights weights) {
		double score = weights.match(s.words(), wanted) + RANK / (1 + s.rank()) + (s.position() == 0 ? LEAD : 0);
		if (asked.type() != AnswerType.OTHER) {
			score += asked.type().answeredBy(s.text(), asked.question()) ? TYPE : -TYPE;
		}
		return score;
	}

}

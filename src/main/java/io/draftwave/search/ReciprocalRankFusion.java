package io.draftwave.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): an entry's fused
 * score is the sum, over the rankings that hold it, of {@code 1 / (k + rank)} with ranks
 * counted from 1. Scores are not compared across rankings, only positions, so BM25 scores
 * and cosine similarities need no normalisation. Example with k = 60: BM25 ranks
 * {@code a, b, c}, vectors rank {@code c, a}; a scores 1/61 + 1/62, c scores 1/63 + 1/61,
 * b scores 1/62; the fused order is a (0.03252), c (0.03227), b (0.01613). Stateless.
 */
final class ReciprocalRankFusion {

	private ReciprocalRankFusion() {
	}

	/**
	 * One fused entry.
	 *
	 * @param id the entry's id as the rankings name it
	 * @param score the sum of {@code 1 / (k + rank)} over the rankings that hold it
	 */
	public record Fused(String id, double score) {
	}

	/**
	 * Fuses rankings, each ordered best first; an id listed twice in one ranking counts
	 * at its first place only.
	 * @return every id of any ranking, highest fused score first, equal scores by id
	 * ascending; empty when all rankings are empty
	 * @throws IllegalArgumentException when k is less than 1
	 */
	public static List<Fused> fuse(List<List<String>> rankings, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1, not " + k);
		}
		Map<String, Double> scores = new HashMap<>();
		for (List<String> ranking : rankings) {
			Set<String> seen = new HashSet<>();
			int rank = 0;
			for (String id : ranking) {
				rank++;
				if (seen.add(id)) {
					scores.merge(id, 1.0 / (k + rank), Double::sum);
				}
			}
		}
		List<Fused> fused = new ArrayList<>(scores.size());
		scores.forEach((id, score) -> fused.add(new Fused(id, score)));
		fused.sort(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id));
		return List.copyOf(fused);
	}

}

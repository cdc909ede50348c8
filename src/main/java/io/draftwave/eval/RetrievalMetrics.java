package io.draftwave.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-query ranking metrics as trec_eval and BEIR define them. A document is relevant
 * when its grade is above 0; gains are the grades. A ranking lists document ids, best
 * first; a document listed twice counts once, at its first rank. Stateless.
 */
final class RetrievalMetrics {

	private RetrievalMetrics() {
	}

	/**
	 * nDCG@k (trec_eval {@code ndcg_cut.k}): DCG of the top k, gain / log2(rank + 1),
	 * divided by the DCG of the ideal ordering of the query's judged documents; 0 when
	 * nothing is relevant.
	 */
	public static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
		double dcg = 0;
		List<String> top = distinctTop(ranking, k);
		for (int i = 0; i < top.size(); i++) {
			int gain = Math.max(0, judgments.getOrDefault(top.get(i), 0));
			dcg += gain / log2(i + 2);
		}
		List<Integer> ideal = judgments.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
		double idealDcg = 0;
		for (int i = 0; i < ideal.size(); i++) {
			idealDcg += ideal.get(i) / log2(i + 2);
		}
		return idealDcg == 0 ? 0 : dcg / idealDcg;
	}

	/**
	 * Recall@k: relevant documents in the top k over all relevant documents; 0 when none
	 * is relevant.
	 */
	public static double recall(List<String> ranking, Map<String, Integer> judgments, int k) {
		long relevant = judgments.values().stream().filter(g -> g > 0).count();
		if (relevant == 0) {
			return 0;
		}
		long found = distinctTop(ranking, k).stream().filter(id -> judgments.getOrDefault(id, 0) > 0).count();
		return (double) found / relevant;
	}

	/** MRR@k: 1 / rank of the first relevant document within the top k, else 0. */
	public static double reciprocalRank(List<String> ranking, Map<String, Integer> judgments, int k) {
		List<String> top = distinctTop(ranking, k);
		for (int i = 0; i < top.size(); i++) {
			if (judgments.getOrDefault(top.get(i), 0) > 0) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	/**
	 * Where the first relevant document stands in the ranking, counting from 1 and
	 * skipping repeated ids; 0 when the ranking holds none.
	 */
	public static int firstRelevantRank(List<String> ranking, Map<String, Integer> judgments) {
		List<String> distinct = distinctTop(ranking, Integer.MAX_VALUE);
		for (int i = 0; i < distinct.size(); i++) {
			if (judgments.getOrDefault(distinct.get(i), 0) > 0) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Whether a query counts in the macro average: at least one judgment above 0. */
	public static boolean hasRelevant(Map<String, Integer> judgments) {
		return judgments.values().stream().anyMatch(g -> g > 0);
	}

	private static List<String> distinctTop(List<String> ranking, int k) {
		Set<String> seen = new HashSet<>();
		return ranking.stream().filter(seen::add).limit(k).toList();
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

}

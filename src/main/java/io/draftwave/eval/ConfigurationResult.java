package io.draftwave.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What one index configuration scored on one dataset. Metrics are macro averages over the
 * queries with at least one relevant judgment.
 *
 * @param configuration the {@link io.draftwave.search.IndexSettings#name()}
 * @param description scheme and parameters, for the report
 * @param queries queries scored
 * @param ndcg10 mean nDCG@10
 * @param recall5 mean Recall@5
 * @param recall10 mean Recall@10
 * @param recall100 mean Recall@100
 * @param mrr10 mean MRR@10
 * @param p50Millis median search latency (ranking only, no excerpts), milliseconds
 * @param p99Millis 99th-percentile search latency, milliseconds
 * @param indexSeconds time to index the corpus, seconds
 * @param passagesPerSecond passages indexed per second
 * @param ranks per scored query, in the dataset's order, the rank of its first relevant
 * document ({@link RetrievalMetrics#firstRelevantRank}, 0 when not retrieved); written to
 * the per-query file ({@link QueryRanks}), not to the JSON report
 */
public record ConfigurationResult(String configuration, String description, int queries, double ndcg10, double recall5,
		double recall10, double recall100, double mrr10, double p50Millis, double p99Millis, double indexSeconds,
		double passagesPerSecond, @JsonIgnore List<Integer> ranks) {

	public ConfigurationResult {
		ranks = List.copyOf(ranks);
	}

}

package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

	private static final double EPSILON = 1e-4;

	@Test
	void should_discount_by_log_rank_when_relevant_documents_are_not_first() {
		// given: DCG = 1/log2(3) + 1/log2(4) = 1.13093, ideal = 1 + 1/log2(3) = 1.63093
		List<String> ranking = List.of("d3", "d1", "d2");
		Map<String, Integer> judgments = Map.of("d1", 1, "d2", 1);

		// when
		double ndcg = RetrievalMetrics.ndcg(ranking, judgments, 10);

		// then
		assertThat(ndcg).isCloseTo(0.69342, within(EPSILON));
	}

	@Test
	void should_use_grades_as_gains_when_judgments_are_graded() {
		// given: DCG = 1 + 2/log2(3) = 2.26186, ideal = 2 + 1/log2(3) = 2.63093
		List<String> ranking = List.of("a", "b");
		Map<String, Integer> judgments = Map.of("a", 1, "b", 2);

		// when
		double ndcg = RetrievalMetrics.ndcg(ranking, judgments, 10);

		// then
		assertThat(ndcg).isCloseTo(0.85972, within(EPSILON));
	}

	@Test
	void should_ignore_documents_below_cutoff_when_computing_ndcg() {
		// given
		List<String> ranking = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "d1");

		// when
		double ndcg = RetrievalMetrics.ndcg(ranking, Map.of("d1", 1), 10);

		// then
		assertThat(ndcg).isZero();
	}

	@Test
	void should_count_relevant_in_top_k_when_computing_recall() {
		// given
		List<String> ranking = List.of("x", "d1", "y", "z", "w", "d2");
		Map<String, Integer> judgments = Map.of("d1", 1, "d2", 1, "d3", 1, "n", 0);

		// when
		double recall5 = RetrievalMetrics.recall(ranking, judgments, 5);
		double recall10 = RetrievalMetrics.recall(ranking, judgments, 10);

		// then
		assertThat(recall5).isCloseTo(1.0 / 3, within(EPSILON));
		assertThat(recall10).isCloseTo(2.0 / 3, within(EPSILON));
	}

	@Test
	void should_take_first_relevant_rank_when_computing_reciprocal_rank() {
		// given
		List<String> ranking = List.of("n", "x", "d1", "d2");
		Map<String, Integer> judgments = Map.of("d1", 1, "d2", 1, "n", 0);

		// when
		double mrr = RetrievalMetrics.reciprocalRank(ranking, judgments, 10);

		// then
		assertThat(mrr).isCloseTo(1.0 / 3, within(EPSILON));
	}

	@Test
	void should_score_zero_when_ranking_is_empty() {
		// given
		Map<String, Integer> judgments = Map.of("d1", 1);

		// when / then
		assertThat(RetrievalMetrics.ndcg(List.of(), judgments, 10)).isZero();
		assertThat(RetrievalMetrics.recall(List.of(), judgments, 100)).isZero();
		assertThat(RetrievalMetrics.reciprocalRank(List.of(), judgments, 10)).isZero();
	}

	@Test
	void should_count_document_once_when_ranking_repeats_it() {
		// given
		List<String> ranking = List.of("d1", "d1", "d2");

		// when
		double recall = RetrievalMetrics.recall(ranking, Map.of("d1", 1, "d2", 1), 2);

		// then
		assertThat(recall).isCloseTo(1.0, within(EPSILON));
	}

	@Test
	void should_take_nearest_rank_when_computing_percentiles() {
		// given
		long[] nanos = { 5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000 };

		// when / then
		assertThat(Latencies.percentileMillis(nanos, 50)).isEqualTo(3.0);
		assertThat(Latencies.percentileMillis(nanos, 99)).isEqualTo(5.0);
	}

	@Test
	void should_give_rank_of_first_relevant_document_counting_each_id_once() {
		// given: x repeats (a document's second passage), n is judged 0
		List<String> ranking = List.of("x", "x", "n", "d2", "d1");
		Map<String, Integer> judgments = Map.of("d1", 1, "d2", 1, "n", 0);

		// when
		int rank = RetrievalMetrics.firstRelevantRank(ranking, judgments);

		// then
		assertThat(rank).isEqualTo(3);
	}

	@Test
	void should_give_rank_zero_when_no_relevant_document_is_retrieved() {
		// given
		List<String> ranking = List.of("x", "n");

		// when
		int rank = RetrievalMetrics.firstRelevantRank(ranking, Map.of("d1", 1, "n", 0));

		// then
		assertThat(rank).isZero();
	}

}

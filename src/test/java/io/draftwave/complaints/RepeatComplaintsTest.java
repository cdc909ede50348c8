package io.draftwave.complaints;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.draftwave.search.ContentWords;
import io.draftwave.security.KoreanPiiMasker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the repeat clustering against the generator's ground truth, pairwise: a pair
 * of complaints is predicted when one cluster holds both, and true when one planted
 * cluster holds both. Precision is the share of predicted pairs that are true, recall the
 * share of true pairs predicted.
 */
class RepeatComplaintsTest {

	static final GeneratedComplaints PLANTED = ComplaintGeneratorTest.PLANTED;

	static final ComplaintTerms PLANTED_TERMS = terms(PLANTED);

	static ComplaintTerms terms(GeneratedComplaints generated) {
		return ComplaintTerms.of(generated.complaints(), new ContentWords(), new KoreanPiiMasker());
	}

	private final RepeatComplaints repeats = new RepeatComplaints(RepeatComplaints.Settings.DEFAULT);

	@Test
	void should_find_every_planted_cluster_with_pairwise_precision_and_recall_of_at_least_0_9() {
		// when
		List<RepeatCluster> found = repeats.find(PLANTED_TERMS);

		// then
		Set<Long> predicted = pairs(found.stream().map(RepeatCluster::rows).toList());
		Set<Long> truth = pairs(PLANTED.clusters().stream().map(PlantedCluster::rows).toList());
		Set<Long> hits = new HashSet<>(predicted);
		hits.retainAll(truth);
		double precision = (double) hits.size() / predicted.size();
		double recall = (double) hits.size() / truth.size();
		System.out.printf("repeat complaints: %d clusters found, %d planted; pairwise precision %.3f, recall %.3f%n",
				found.size(), PLANTED.clusters().size(), precision, recall);
		found.forEach(c -> System.out.println(c.rows() + " " + c.places() + " " + c.reasons()));
		assertThat(precision).isGreaterThanOrEqualTo(0.9);
		assertThat(recall).isGreaterThanOrEqualTo(0.9);
		for (PlantedCluster planted : PLANTED.clusters()) {
			assertThat(found).as("a cluster holding %s", planted)
				.anyMatch(c -> c.rows().containsAll(planted.rows()) && c.places().size() == 1);
		}
	}

	@Test
	void should_find_no_cluster_when_nothing_was_planted() {
		// given
		ComplaintTerms control = terms(ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, false));

		// when
		List<RepeatCluster> found = repeats.find(control);

		// then
		found.forEach(c -> System.out.println("control: " + c.rows() + " " + c.places() + " " + c.reasons()));
		assertThat(found).isEmpty();
	}

	/** Each pair of rows in one cluster, as smaller row × 2^32 + larger row. */
	static Set<Long> pairs(List<List<Integer>> clusters) {
		Set<Long> pairs = new HashSet<>();
		for (List<Integer> rows : clusters) {
			for (int a = 0; a < rows.size(); a++) {
				for (int b = a + 1; b < rows.size(); b++) {
					long low = Math.min(rows.get(a), rows.get(b));
					long high = Math.max(rows.get(a), rows.get(b));
					pairs.add(low << 32 | high);
				}
			}
		}
		return pairs;
	}

}

package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nouns whose share of complaints grew most in a quarter. A noun's share is the share of
 * the quarter's complaints holding it. It emerges when its share grew against the quarter
 * before and, when the data reach back a year, against the same quarter a year before (so
 * that leaves in autumn and snow in winter, which come back every year, do not emerge),
 * each with a two-proportion z-score of at least {@link Settings#minZ()}, when the share
 * at least {@link Settings#minGrowth()}-folded and when at least
 * {@link Settings#minCount()} complaints hold it (so tiny counts do not lead). Ranked by
 * the smaller z-score, highest first.
 */
final class EmergingIssues {

	/**
	 * @param minCount the fewest complaints of the quarter holding the noun
	 * @param minZ the least z-score of each comparison; 4 keeps chance out among a few
	 * thousand nouns compared at once
	 * @param minGrowth the least ratio of the share to the earlier share
	 * @param examples complaints shown per noun
	 */
	record Settings(int minCount, double minZ, double minGrowth, int examples) {

		static final Settings DEFAULT = new Settings(20, 4.0, 2.0, 3);

	}

	private final Settings settings;

	EmergingIssues(Settings settings) {
		this.settings = settings;
	}

	/** The emerging nouns of the last quarter holding complaints; empty when none. */
	List<EmergingTerm> lastQuarter(ComplaintTerms terms) {
		int last = terms.complaints().stream().mapToInt(c -> quarter(c)).max().orElse(0);
		return in(terms, last);
	}

	/**
	 * The emerging nouns of a quarter, numbered as year × 4 + quarter − 1; empty when the
	 * quarter before holds no complaints.
	 */
	List<EmergingTerm> in(ComplaintTerms terms, int quarter) {
		Map<Integer, Integer> sizes = new HashMap<>();
		Map<Integer, Map<String, Integer>> counts = new HashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			int q = quarter(terms.complaints().get(i));
			sizes.merge(q, 1, Integer::sum);
			Map<String, Integer> quarterCounts = counts.computeIfAbsent(q, k -> new HashMap<>());
			for (String noun : new HashSet<>(terms.nouns().get(i))) {
				quarterCounts.merge(noun, 1, Integer::sum);
			}
		}
		int n = sizes.getOrDefault(quarter, 0);
		int before = sizes.getOrDefault(quarter - 1, 0);
		int yearBefore = sizes.getOrDefault(quarter - 4, 0);
		if (n == 0 || before == 0) {
			return List.of();
		}
		List<EmergingTerm> found = new ArrayList<>();
		for (Map.Entry<String, Integer> term : counts.get(quarter).entrySet()) {
			int c = term.getValue();
			if (c < settings.minCount()) {
				continue;
			}
			int c0 = counts.get(quarter - 1).getOrDefault(term.getKey(), 0);
			double z = growth(c, n, c0, before);
			Double yearShare = null;
			if (yearBefore > 0) {
				int cy = counts.get(quarter - 4).getOrDefault(term.getKey(), 0);
				z = Math.min(z, growth(c, n, cy, yearBefore));
				yearShare = (double) cy / yearBefore;
			}
			if (z >= settings.minZ()) {
				found.add(emerging(terms, term.getKey(), quarter, c, n, (double) c0 / before, yearShare, z));
			}
		}
		found.sort(Comparator.comparingDouble(EmergingTerm::z).reversed().thenComparing(EmergingTerm::term));
		return found;
	}

	/**
	 * The z-score of the growth from c0 of n0 to c of n, or minus infinity when the share
	 * grew less than {@link Settings#minGrowth()}-fold (an earlier count of 0 counts as a
	 * half).
	 */
	private double growth(int c, int n, int c0, int n0) {
		double p = (double) c / n;
		double p0 = (double) c0 / n0;
		if (p < settings.minGrowth() * Math.max(p0, 0.5 / n0)) {
			return Double.NEGATIVE_INFINITY;
		}
		double pooled = (double) (c + c0) / (n + n0);
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n + 1.0 / n0));
		return se == 0 ? Double.NEGATIVE_INFINITY : (p - p0) / se;
	}

	private EmergingTerm emerging(ComplaintTerms terms, String term, int quarter, int count, int size,
			double previousShare, Double yearShare, double z) {
		List<Integer> rows = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < terms.size() && rows.size() < settings.examples(); i++) {
			if (quarter(terms.complaints().get(i)) == quarter && terms.nouns().get(i).contains(term)) {
				rows.add(terms.complaints().get(i).row());
				texts.add(terms.masked().get(i));
			}
		}
		return new EmergingTerm(term, label(quarter), count, (double) count / size, previousShare, yearShare, z, rows,
				texts);
	}

	static int quarter(Complaint complaint) {
		return complaint.received().getYear() * 4 + (complaint.received().getMonthValue() - 1) / 3;
	}

	/** {@code 2025-Q4} for the quarter number of October 2025. */
	static String label(int quarter) {
		return quarter / 4 + "-Q" + (quarter % 4 + 1);
	}

	static Set<String> labels(List<EmergingTerm> terms) {
		Set<String> labels = new HashSet<>();
		terms.forEach(t -> labels.add(t.term()));
		return labels;
	}

}

package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The distribution of handling days per field and per department, and its outliers: a
 * complaint is an outlier of its group when its days exceed {@code Q3 + factor × IQR}
 * (Tukey's far-out fence for factor 3), IQR = Q3 − Q1. Example: days 1, 2, 2, 3, 3, 4, 5,
 * 40 have Q1 2, Q3 4.25, IQR 2.25, a fence of 11 at factor 3, and 40 is the one outlier.
 * Complaints without handling days (open, or a table without the column) are left out.
 */
final class HandlingTimes {

	private final double factor;

	private final int listed;

	/**
	 * @param factor the IQRs above Q3 where outliers start
	 * @param listed outlier complaints listed per group at most
	 */
	HandlingTimes(double factor, int listed) {
		this.factor = factor;
		this.listed = listed;
	}

	/**
	 * All complaints together, then each field, then each department, in Korean order.
	 */
	List<HandlingSummary> summarise(ComplaintTerms terms) {
		List<HandlingSummary> found = new ArrayList<>();
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			if (terms.complaints().get(i).handlingDays() != null) {
				all.add(i);
			}
		}
		if (all.isEmpty()) {
			return found;
		}
		found.add(summary("all", "", all, terms));
		found.addAll(by("field", Complaint::field, all, terms));
		found.addAll(by("department", Complaint::department, all, terms));
		return found;
	}

	private List<HandlingSummary> by(String group, Function<Complaint, String> key, List<Integer> all,
			ComplaintTerms terms) {
		Map<String, List<Integer>> groups = new TreeMap<>();
		for (int i : all) {
			String name = key.apply(terms.complaints().get(i));
			if (!name.isEmpty()) {
				groups.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
			}
		}
		return groups.entrySet().stream().map(e -> summary(group, e.getKey(), e.getValue(), terms)).toList();
	}

	private HandlingSummary summary(String group, String name, List<Integer> members, ComplaintTerms terms) {
		double[] days = members.stream().mapToDouble(i -> terms.complaints().get(i).handlingDays()).sorted().toArray();
		double q1 = percentile(days, 25);
		double q3 = percentile(days, 75);
		double threshold = q3 + factor * (q3 - q1);
		List<Integer> outliers = members.stream()
			.filter(i -> terms.complaints().get(i).handlingDays() > threshold)
			.sorted(Comparator.comparing((Integer i) -> -terms.complaints().get(i).handlingDays())
				.thenComparing(i -> terms.complaints().get(i).row()))
			.toList();
		double mean = java.util.Arrays.stream(days).average().orElse(0);
		return new HandlingSummary(group, name, days.length, FigureMaker.oneDecimal(percentile(days, 50)),
				FigureMaker.oneDecimal(percentile(days, 90)), (int) days[days.length - 1], FigureMaker.oneDecimal(mean),
				q1, q3, threshold, outliers.size(),
				outliers.stream().limit(listed).map(i -> ComplaintRow.of(terms, i)).toList());
	}

	/** The p-th percentile of sorted values, interpolated between the closest ranks. */
	static double percentile(double[] sorted, double p) {
		double rank = p / 100 * (sorted.length - 1);
		int low = (int) Math.floor(rank);
		int high = (int) Math.ceil(rank);
		return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
	}

}

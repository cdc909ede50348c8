package io.draftwave.complaints;

import java.util.List;

/**
 * The handling days of one group of complaints (a field, a department, or all) and its
 * outliers. Percentiles interpolate linearly between the closest ranks (as a
 * spreadsheet's {@code PERCENTILE.INC}): the median of 2, 3, 10, 11 is 6.5. The median,
 * the 90th percentile and the mean are rounded to one decimal; the quartiles and the
 * threshold are exact.
 *
 * @param group {@code field}, {@code department} or {@code all}
 * @param name the field's or department's name; empty for all
 * @param count complaints of the group with handling days
 * @param median the median days
 * @param p90 the 90th percentile
 * @param max the most days
 * @param mean the mean days, one decimal
 * @param q1 the first quartile
 * @param q3 the third quartile
 * @param threshold the outlier threshold, {@code q3 + factor × (q3 - q1)}
 * @param outlierCount complaints above the threshold
 * @param outliers those complaints, longest first (at most as many as asked), masked
 */
public record HandlingSummary(String group, String name, int count, double median, double p90, int max, double mean,
		double q1, double q3, double threshold, int outlierCount, List<ComplaintRow> outliers) {

	public HandlingSummary {
		outliers = List.copyOf(outliers);
	}

}

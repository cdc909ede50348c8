package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Complaints that repeat one another.
 *
 * @param field the field of its complaints (the first complaint's when they differ)
 * @param rows the data row numbers of its complaints, ascending
 * @param places the distinct places, most frequent first
 * @param dates the received day of each complaint, in {@link #rows()} order
 * @param reasons why they were put together
 * @param example the first complaint's text, personal data masked
 */
public record RepeatCluster(String field, List<Integer> rows, List<String> places, List<LocalDate> dates,
		Set<Reason> reasons, String example) {

	/** Why complaints were put together. */
	public enum Reason {

		/**
		 * Their texts are near-duplicates (shared noun pairs) and were received close
		 * together.
		 */
		SIMILAR_TEXT,
		/** Enough of them concern the same place in the same field within a few days. */
		SAME_PLACE

	}

	public RepeatCluster {
		rows = List.copyOf(rows);
		places = List.copyOf(places);
		dates = List.copyOf(dates);
		reasons = Set.copyOf(reasons);
	}

	public LocalDate first() {
		return dates.stream().min(LocalDate::compareTo).orElseThrow();
	}

	public LocalDate last() {
		return dates.stream().max(LocalDate::compareTo).orElseThrow();
	}

}

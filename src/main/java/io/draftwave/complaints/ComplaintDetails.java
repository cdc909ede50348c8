package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.draftwave.complaints.RepeatCluster.Reason;

/**
 * What an analysis found beyond its figures, for a page to show: one record per analysis.
 * Every complaint text in it is masked.
 */
public sealed interface ComplaintDetails {

	/**
	 * The key terms of every period and field.
	 *
	 * @param period {@code quarter} or {@code year}
	 * @param groups each period's all-fields group (field empty) and field groups
	 */
	record Topics(String period, List<TopicGroup> groups) implements ComplaintDetails {

		public Topics {
			groups = List.copyOf(groups);
		}

	}

	/**
	 * The emerging nouns of the last quarter, with their share in every quarter.
	 *
	 * @param quarter the quarter looked at ({@code 2025-Q4}), or empty when the data hold
	 * less than two quarters
	 * @param quarters every quarter of the data, in time order
	 * @param terms the emerging nouns, strongest first
	 */
	record Emerging(String quarter, List<String> quarters, List<Trend> terms) implements ComplaintDetails {

		public Emerging {
			quarters = List.copyOf(quarters);
			terms = List.copyOf(terms);
		}

	}

	/**
	 * An emerging noun and its share of each quarter's complaints.
	 *
	 * @param term the noun with its counts and z-score
	 * @param shares its share (0 to 1) in each of {@link Emerging#quarters()}
	 */
	record Trend(EmergingTerm term, List<Double> shares) {

		public Trend {
			shares = List.copyOf(shares);
		}

	}

	/**
	 * Repeat-complaint clusters.
	 *
	 * @param clusterCount the clusters found
	 * @param complaintCount the complaints in them
	 * @param clusters the largest clusters, as many as asked
	 */
	record Repeats(int clusterCount, int complaintCount, List<Cluster> clusters) implements ComplaintDetails {

		public Repeats {
			clusters = List.copyOf(clusters);
		}

	}

	/**
	 * One cluster with its complaints.
	 *
	 * @param field its field
	 * @param places its places, most frequent first
	 * @param first the first received day
	 * @param last the last received day
	 * @param reasons why its complaints were put together
	 * @param complaints its complaints in row order, masked
	 */
	record Cluster(String field, List<String> places, LocalDate first, LocalDate last, Set<Reason> reasons,
			List<ComplaintRow> complaints) {

		public Cluster {
			places = List.copyOf(places);
			reasons = Set.copyOf(reasons);
			complaints = List.copyOf(complaints);
		}

	}

	/**
	 * The places with most complaints per field.
	 *
	 * @param from the first day of the period
	 * @param to its last day
	 * @param previousFrom the first day of the period before, of equal length
	 * @param previousTo its last day
	 * @param hotspots per field (Korean order), its top places
	 */
	record Hotspots(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
			List<Hotspot> hotspots) implements ComplaintDetails {

		public Hotspots {
			hotspots = List.copyOf(hotspots);
		}

	}

	/**
	 * Handling days per field and department.
	 *
	 * @param factor the IQRs above Q3 where outliers start
	 * @param summaries all complaints, then each field, then each department
	 */
	record Handling(double factor, List<HandlingSummary> summaries) implements ComplaintDetails {

		public Handling {
			summaries = List.copyOf(summaries);
		}

	}

}

package io.draftwave.complaints;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The places with the most complaints of each field in a period, and their change against
 * the period of equal length ending the day before it. The period runs from {@code from}
 * to {@code to}; an open end is the last received day of the data, an open start
 * {@code months} months before the end (the day after, so three months ending on
 * 2025-12-31 start on 2025-10-01). A place is the district and place of a complaint; a
 * table without places uses the district. Ranked by the count in the period, then by the
 * place's name; complaints without a place or district are left out.
 */
final class Hotspots {

	/**
	 * The period compared and the one before.
	 *
	 * @param from the first day of the period
	 * @param to its last day
	 * @param previousFrom the first day of the period before, as many days long
	 * @param previousTo its last day, the day before {@code from}
	 */
	record Periods(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {

		static Periods of(LocalDate from, LocalDate to) {
			long days = ChronoUnit.DAYS.between(from, to) + 1;
			return new Periods(from, to, from.minusDays(days), from.minusDays(1));
		}

		long days() {
			return ChronoUnit.DAYS.between(from, to) + 1;
		}

	}

	private final int places;

	Hotspots(int places) {
		this.places = places;
	}

	/**
	 * The periods for a query over these complaints (already filtered by field and
	 * district).
	 */
	static Periods periods(ComplaintTerms terms, ComplaintQuery query, int months) {
		LocalDate last = terms.complaints()
			.stream()
			.map(Complaint::received)
			.max(LocalDate::compareTo)
			.orElse(LocalDate.now());
		LocalDate to = query.to() != null ? query.to() : last;
		LocalDate from = query.from() != null ? query.from() : to.minusMonths(months).plusDays(1);
		return Periods.of(from, to);
	}

	/**
	 * Per field (Korean order), its top places; fields without complaints in the period
	 * are left out.
	 */
	List<Hotspot> find(ComplaintTerms terms, Periods periods) {
		Map<String, Map<Place, List<Integer>>> now = new TreeMap<>();
		Map<String, Map<Place, Integer>> before = new HashMap<>();
		for (Complaint c : terms.complaints()) {
			Place place = Place.of(c);
			if (place == null) {
				continue;
			}
			LocalDate day = c.received();
			if (!day.isBefore(periods.from()) && !day.isAfter(periods.to())) {
				now.computeIfAbsent(c.field(), f -> new HashMap<>())
					.computeIfAbsent(place, p -> new ArrayList<>())
					.add(c.row());
			}
			else if (!day.isBefore(periods.previousFrom()) && !day.isAfter(periods.previousTo())) {
				before.computeIfAbsent(c.field(), f -> new HashMap<>()).merge(place, 1, Integer::sum);
			}
		}
		List<Hotspot> found = new ArrayList<>();
		now.forEach((field, counts) -> counts.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Place, List<Integer>> e) -> -e.getValue().size())
				.thenComparing(e -> e.getKey().district() + " " + e.getKey().place()))
			.limit(places)
			.forEach(e -> {
				int count = e.getValue().size();
				int previous = before.getOrDefault(field, Map.of()).getOrDefault(e.getKey(), 0);
				Double percent = previous == 0 ? null : Math.round((count - previous) * 1000.0 / previous) / 10.0;
				found.add(new Hotspot(field, e.getKey().district(), e.getKey().place(), count, previous,
						count - previous, percent, e.getValue().stream().sorted().toList()));
			}));
		return found;
	}

	private record Place(String district, String place) {

		static @Nullable Place of(Complaint c) {
			if (!c.place().isEmpty()) {
				return new Place(c.district(), c.place());
			}
			return c.district().isEmpty() ? null : new Place(c.district(), c.district());
		}

	}

}

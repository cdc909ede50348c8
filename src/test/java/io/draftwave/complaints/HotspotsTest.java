package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotspots of the generated complaints against counts taken from the generator's
 * rows.
 */
class HotspotsTest {

	private static final List<Complaint> ROWS = ComplaintGeneratorTest.PLANTED.complaints();

	@Test
	void should_rank_each_fields_places_by_their_complaints_in_the_period_when_compared_with_the_period_before() {
		// given the last quarter of 2025, 92 days, and the 92 days before it
		Hotspots.Periods periods = Hotspots.Periods.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));

		// when
		List<Hotspot> found = new Hotspots(3).find(RepeatComplaintsTest.PLANTED_TERMS, periods);

		// then
		assertThat(periods.previousFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(periods.previousTo()).isEqualTo(LocalDate.of(2025, 9, 30));
		Map<String, Map<String, Integer>> now = counts(periods.from(), periods.to());
		Map<String, Map<String, Integer>> before = counts(periods.previousFrom(), periods.previousTo());
		List<String> expected = new ArrayList<>();
		now.forEach((field, places) -> places.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
				.thenComparing(Map.Entry::getKey))
			.limit(3)
			.forEach(e -> expected.add(field + "|" + e.getKey() + "|" + e.getValue() + "|"
					+ before.getOrDefault(field, Map.of()).getOrDefault(e.getKey(), 0))));
		assertThat(found).extracting(h -> h.field() + "|" + h.where() + "|" + h.count() + "|" + h.previousCount())
			.containsExactlyElementsOf(expected);
		assertThat(found).allSatisfy(h -> {
			assertThat(h.change()).isEqualTo(h.count() - h.previousCount());
			assertThat(h.rows()).hasSize(h.count())
				.allMatch(r -> !ROWS.get(r - 1).received().isBefore(periods.from())
						&& ROWS.get(r - 1).where().equals(h.where()));
		});
	}

	@Test
	void should_take_the_months_before_the_last_day_when_the_query_leaves_the_period_open() {
		// given
		ComplaintQuery query = ComplaintQuery.of("t", "hotspots", null, null, null, null, null, Map.of());

		// when
		Hotspots.Periods periods = Hotspots.periods(RepeatComplaintsTest.PLANTED_TERMS, query, 3);

		// then
		assertThat(periods.from()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(periods.to()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(periods.days()).isEqualTo(92);
	}

	private static Map<String, Map<String, Integer>> counts(LocalDate from, LocalDate to) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (Complaint c : ROWS) {
			if (!c.received().isBefore(from) && !c.received().isAfter(to)) {
				counts.computeIfAbsent(c.field(), f -> new HashMap<>()).merge(c.where(), 1, Integer::sum);
			}
		}
		return counts;
	}

}

package io.draftwave.complaints;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Handling days of the generated complaints against figures taken from its rows here. */
class HandlingTimesTest {

	private static final List<Complaint> ROWS = ComplaintGeneratorTest.PLANTED.complaints();

	@Test
	void should_give_each_fields_distribution_and_outliers_above_q3_plus_three_iqr() {
		// when
		List<HandlingSummary> summaries = new HandlingTimes(3, 1000).summarise(RepeatComplaintsTest.PLANTED_TERMS);

		// then
		assertThat(summaries.getFirst().group()).isEqualTo("all");
		assertThat(summaries.getFirst().count())
			.isEqualTo((int) ROWS.stream().filter(c -> c.handlingDays() != null).count());
		List<HandlingSummary> fields = summaries.stream().filter(s -> s.group().equals("field")).toList();
		assertThat(fields).extracting(HandlingSummary::name)
			.containsExactlyElementsOf(ROWS.stream().map(Complaint::field).distinct().sorted().toList());
		for (HandlingSummary s : fields) {
			int[] days = ROWS.stream()
				.filter(c -> c.field().equals(s.name()) && c.handlingDays() != null)
				.mapToInt(Complaint::handlingDays)
				.sorted()
				.toArray();
			double q1 = interpolated(days, 0.25);
			double q3 = interpolated(days, 0.75);
			List<Integer> outliers = ROWS.stream()
				.filter(c -> c.field().equals(s.name()) && c.handlingDays() != null
						&& c.handlingDays() > q3 + 3 * (q3 - q1))
				.map(Complaint::row)
				.sorted()
				.toList();
			assertThat(s.count()).isEqualTo(days.length);
			assertThat(s.median()).isEqualTo(Math.round(interpolated(days, 0.5) * 10) / 10.0);
			assertThat(s.p90()).isEqualTo(Math.round(interpolated(days, 0.9) * 10) / 10.0);
			assertThat(s.max()).isEqualTo(days[days.length - 1]);
			assertThat(s.mean()).isEqualTo(Math.round(Arrays.stream(days).average().orElseThrow() * 10) / 10.0);
			assertThat(s.outliers()).extracting(ComplaintRow::row).containsExactlyInAnyOrderElementsOf(outliers);
			assertThat(s.outlierCount()).isEqualTo(outliers.size());
		}
		// one complaint in a hundred takes 5 to 15 times as long: some of them stand out
		assertThat(fields.stream().mapToInt(HandlingSummary::outlierCount).sum()).isGreaterThan(20);
	}

	@Test
	void should_list_the_longest_outliers_first_and_no_more_than_asked() {
		// when
		List<HandlingSummary> summaries = new HandlingTimes(3, 2).summarise(RepeatComplaintsTest.PLANTED_TERMS);

		// then
		assertThat(summaries).filteredOn(s -> s.group().equals("department")).isNotEmpty();
		for (HandlingSummary s : summaries) {
			assertThat(s.outliers()).hasSize(Math.min(2, s.outlierCount()));
			if (s.outliers().size() == 2) {
				assertThat(s.outliers().get(0).handlingDays())
					.isGreaterThanOrEqualTo(s.outliers().get(1).handlingDays());
			}
		}
	}

	@Test
	void should_interpolate_percentiles_between_the_closest_ranks() {
		// given
		double[] days = { 1, 2, 2, 3, 3, 4, 5, 40 };

		// then
		assertThat(HandlingTimes.percentile(days, 25)).isEqualTo(2);
		assertThat(HandlingTimes.percentile(days, 75)).isEqualTo(4.25);
		assertThat(HandlingTimes.percentile(new double[] { 2, 3, 10, 11 }, 50)).isEqualTo(6.5);
	}

	/** Percentile by its definition: rank p·(n−1), linear between neighbours. */
	private static double interpolated(int[] sorted, double p) {
		double rank = p * (sorted.length - 1);
		int below = (int) rank;
		double fraction = rank - below;
		return below + 1 < sorted.length ? sorted[below] * (1 - fraction) + sorted[below + 1] * fraction
				: sorted[below];
	}

}

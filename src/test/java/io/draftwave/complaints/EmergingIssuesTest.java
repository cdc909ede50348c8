package io.draftwave.complaints;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmergingIssuesTest {

	private final EmergingIssues emerging = new EmergingIssues(EmergingIssues.Settings.DEFAULT);

	@Test
	void should_rank_the_planted_term_first_when_its_share_grew_in_the_last_quarter() {
		// when
		List<EmergingTerm> found = emerging.lastQuarter(RepeatComplaintsTest.PLANTED_TERMS);

		// then
		found.forEach(t -> System.out.printf("emerging: %s %s count %d share %.4f before %.4f year before %s z %.1f%n",
				t.term(), t.quarter(), t.count(), t.share(), t.previousShare(), t.yearBeforeShare(), t.z()));
		assertThat(found).isNotEmpty();
		EmergingTerm first = found.getFirst();
		assertThat(first.term()).isEqualTo(ComplaintGeneratorTest.PLANTED.emergingTerm());
		assertThat(first.quarter()).isEqualTo(ComplaintGeneratorTest.PLANTED.emergingQuarter());
		assertThat(first.exampleRows()).hasSize(3);
		assertThat(first.examples()).allMatch(text -> text.contains("자전거"));
	}

	@Test
	void should_find_nothing_in_the_last_quarter_when_nothing_was_planted() {
		// given
		ComplaintTerms control = RepeatComplaintsTest
			.terms(ComplaintGenerator.generate(ComplaintGenerator.SEED, 20_000, false));

		// when
		List<EmergingTerm> found = emerging.lastQuarter(control);

		// then
		assertThat(found).isEmpty();
	}

	@Test
	void should_not_report_a_seasonal_term_when_it_grew_against_the_quarter_before_only() {
		// when leaves come back every fourth quarter
		List<EmergingTerm> found = emerging.lastQuarter(RepeatComplaintsTest.PLANTED_TERMS);

		// then
		assertThat(EmergingIssues.labels(found)).doesNotContain("낙엽");
	}

}

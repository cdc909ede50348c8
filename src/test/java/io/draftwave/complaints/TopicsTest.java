package io.draftwave.complaints;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key terms of the generated complaints, checked against counts taken here from the
 * generator's rows and their nouns.
 */
class TopicsTest {

	private static final ComplaintTerms TERMS = RepeatComplaintsTest.PLANTED_TERMS;

	@Test
	void should_lead_the_last_quarter_and_its_road_field_with_the_planted_term_when_grouped_by_quarter() {
		// when
		List<TopicGroup> groups = new Topics(false, 5, 3).find(TERMS);

		// then
		TopicGroup whole = group(groups, "2025-Q4", "");
		TopicGroup road = group(groups, "2025-Q4", ComplaintTypes.ROAD);
		String planted = ComplaintGeneratorTest.PLANTED.emergingTerm();
		System.out.println("2025-Q4: " + whole.terms().stream().map(t -> t.term() + " " + t.count()).toList()
				+ "; road: " + road.terms().stream().map(t -> t.term() + " " + t.count()).toList());
		assertThat(whole.terms()).extracting(TopicGroup.Term::term).contains(planted);
		assertThat(road.terms().getFirst().term()).isEqualTo(planted);
		assertThat(groups.getFirst().period()).isEqualTo("2023-Q1");
		assertThat(groups.getLast().period()).isEqualTo("2025-Q4");
	}

	@Test
	void should_count_each_term_as_the_complaints_of_its_group_holding_it() {
		// when
		List<TopicGroup> groups = new Topics(false, 5, 3).find(TERMS);

		// then every count and share is that of the group's complaints holding the noun
		for (TopicGroup group : List.of(group(groups, "2025-Q4", ""),
				group(groups, "2024-Q3", ComplaintTypes.HEALTH))) {
			int size = 0;
			for (int i = 0; i < TERMS.size(); i++) {
				Complaint c = TERMS.complaints().get(i);
				if (inGroup(c, group)) {
					size++;
				}
			}
			assertThat(group.complaints()).isEqualTo(size);
			for (TopicGroup.Term term : group.terms()) {
				int count = 0;
				for (int i = 0; i < TERMS.size(); i++) {
					if (inGroup(TERMS.complaints().get(i), group) && TERMS.nouns().get(i).contains(term.term())) {
						count++;
					}
				}
				assertThat(term.count()).as(term.term()).isEqualTo(count);
				assertThat(term.share()).isEqualTo((double) count / size);
				assertThat(term.examples()).hasSize(3)
					.allSatisfy(e -> assertThat(e.text()).contains(term.term()).doesNotContainPattern("010-\\d{4}"));
			}
		}
	}

	@Test
	void should_name_no_boilerplate_and_rank_by_score_when_any_group_is_listed() {
		// when
		List<TopicGroup> groups = new Topics(true, 8, 3).find(TERMS);

		// then
		assertThat(groups).extracting(TopicGroup::period).containsOnly("2023", "2024", "2025");
		Set<String> fields = new HashSet<>();
		for (TopicGroup group : groups) {
			fields.add(group.field());
			assertThat(group.terms()).hasSizeLessThanOrEqualTo(8)
				.noneMatch(t -> ComplaintTerms.BOILERPLATE.contains(t.term()))
				.allMatch(t -> t.count() >= Topics.MIN_COUNT);
			for (int i = 1; i < group.terms().size(); i++) {
				assertThat(group.terms().get(i).score()).isLessThanOrEqualTo(group.terms().get(i - 1).score());
			}
		}
		assertThat(fields).contains("", ComplaintTypes.ROAD, ComplaintTypes.CLEANING);
	}

	@Test
	void should_find_the_seasonal_leaves_among_the_cleaning_terms_of_a_fourth_quarter() {
		// when
		List<TopicGroup> groups = new Topics(false, 3, 3).find(TERMS);

		// then
		assertThat(group(groups, "2024-Q4", ComplaintTypes.CLEANING).terms()).extracting(TopicGroup.Term::term)
			.contains("낙엽");
		assertThat(group(groups, "2024-Q2", ComplaintTypes.CLEANING).terms()).extracting(TopicGroup.Term::term)
			.doesNotContain("낙엽");
	}

	private static boolean inGroup(Complaint c, TopicGroup group) {
		return EmergingIssues.label(EmergingIssues.quarter(c)).equals(group.period())
				&& (group.field().isEmpty() || c.field().equals(group.field()));
	}

	private static TopicGroup group(List<TopicGroup> groups, String period, String field) {
		return groups.stream()
			.filter(g -> g.period().equals(period) && g.field().equals(field))
			.findFirst()
			.orElseThrow();
	}

}

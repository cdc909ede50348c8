package io.draftwave.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Analyses} with a proposer: a fitting plan runs, anything else is planned
 * offline.
 */
class AnalysesProposalTest {

	static final String QUESTION = "2025년 접수 건수가 가장 많은 분야는?";

	@TempDir
	Path dir;

	Tables tables;

	String id;

	@BeforeEach
	void load() throws Exception {
		tables = Tables.open(dir.resolve("data"));
		id = tables.load("d", "민원 접수 현황", Files.writeString(dir.resolve("t.csv"), ProposalCheckTest.COMPLAINTS))
			.getFirst()
			.tableId();
	}

	@AfterEach
	void close() {
		tables.close();
	}

	PlanProposal change(String category) {
		return new PlanProposal("change", id, "접수 건수", "SUM", "DETAIL", "", "", "연도", 0, false, 2024, 2025,
				List.of(ProposalCheckTest.equalTo("분야", category)));
	}

	Answer offline() {
		return new Analyses(tables).ask(QUESTION, "ko", List.of());
	}

	/** A question the offline planner asks back about ("작년" names no year). */
	static final String ASK_BACK = "교통 민원은 작년보다 얼마나 늘었나?";

	/** The offline planner's answer to {@link #ASK_BACK}: a clarification. */
	Answer askedBack() {
		Answer offline = new Analyses(tables).ask(ASK_BACK, "ko", List.of());
		assertThat(offline).isInstanceOf(Clarification.class);
		return offline;
	}

	@Test
	void should_run_the_proposed_plan_with_its_figures_when_it_fits_the_table() {
		// given
		List<String> asked = new ArrayList<>();
		PlanProposer proposer = (question, language, cards) -> {
			asked.add(question + " | " + language + " | " + cards.stream().map(c -> c.table().title()).toList());
			return Optional.of(change("교통"));
		};

		// when
		Answer answer = new Analyses(tables, proposer).ask("교통 민원은 작년보다 얼마나 늘었나?", null, List.of());

		// then
		assertThat(asked).containsExactly("교통 민원은 작년보다 얼마나 늘었나? | ko | [민원 접수 현황]");
		assertThat(answer).isInstanceOfSatisfying(Analysis.class, a -> {
			assertThat(a.plan()).isEqualTo(new Plan.Change(id, "접수 건수", "연도", 2024, 2025, Plan.Function.SUM,
					Plan.Rows.DETAIL, List.of(Filter.equalTo("분야", "교통"))));
			assertThat(a.figures()).containsExactly(150.0, 120.0, 30.0, 25.0);
			assertThat(a.parameters()).containsExactly("교통", 2024, 2025);
		});
	}

	@Test
	void should_answer_as_the_offline_planner_when_the_proposal_is_refused() {
		// given
		PlanProposer proposer = (question, language, cards) -> Optional.of(change("'; DROP TABLE x; --"));

		// when
		Answer answer = new Analyses(tables, proposer).ask(ASK_BACK, "ko", List.of());

		// then
		assertThat(answer).isEqualTo(askedBack());
		assertThat(tables.cards()).hasSize(1);
	}

	@Test
	void should_answer_as_the_offline_planner_when_the_proposer_fails_or_sees_no_plan() {
		// given
		PlanProposer failing = (question, language, cards) -> {
			throw new IllegalStateException("the language model's server failed (HTTP 500)");
		};
		PlanProposer empty = (question, language, cards) -> Optional.empty();

		// then
		assertThat(new Analyses(tables, failing).ask(ASK_BACK, "ko", List.of())).isEqualTo(askedBack());
		assertThat(new Analyses(tables, empty).ask(ASK_BACK, "ko", List.of())).isEqualTo(askedBack());
	}

	@Test
	void should_answer_as_the_offline_planner_when_the_proposed_plan_finds_no_data() {
		// given a well-formed plan over a year the table lacks
		PlanProposer proposer = (question, language, cards) -> Optional
			.of(new PlanProposal("aggregate", id, "접수 건수", "SUM", "DETAIL", "", "", "", 0, false, 0, 0,
					List.of(new PlanProposal.Condition("연도", "EQUALS", "2031", ""))));

		// then
		assertThat(new Analyses(tables, proposer).ask(ASK_BACK, "ko", List.of())).isEqualTo(askedBack());
	}

	@Test
	void should_not_ask_the_proposer_when_the_offline_planner_answers() {
		// given
		PlanProposer proposer = (question, language, cards) -> {
			throw new AssertionError("asked although the offline planner answers");
		};

		// then
		assertSameAnalysis(new Analyses(tables, proposer).ask(QUESTION, "ko", List.of()), offline());
	}

	@Test
	void should_not_ask_the_proposer_when_no_table_is_in_scope() {
		// given
		PlanProposer proposer = (question, language, cards) -> {
			throw new AssertionError("asked with no tables");
		};

		// then
		assertThat(new Analyses(tables, proposer).ask(QUESTION, "ko", List.of("no-such-table")))
			.isInstanceOf(NoTable.class);
	}

	@Test
	void should_show_the_proposer_the_cards_sharing_most_with_the_question_when_there_are_many() throws Exception {
		// given nine more tables, one of them about bicycles
		for (int i = 0; i < 9; i++) {
			String title = i == 4 ? "자전거 대여 현황" : "표 " + i;
			String header = i == 4 ? "대여소,대여 건수" : "구분,값";
			tables.load("d" + i, title, Files.writeString(dir.resolve(i + ".csv"), header + "\n가," + i + "\n나,1\n"));
		}

		// when
		List<TableCard> candidates = ProposedPlans.candidates("자전거 대여 건수는?", tables.cards());

		// then
		assertThat(candidates).hasSize(ProposedPlans.MAX_CARDS);
		assertThat(candidates.getFirst().table().title()).isEqualTo("자전거 대여 현황");
	}

	static void assertSameAnalysis(Answer answer, Answer expected) {
		assertThat(answer).isInstanceOf(Analysis.class);
		Analysis a = (Analysis) answer;
		Analysis e = (Analysis) expected;
		assertThat(a.plan()).isEqualTo(e.plan());
		assertThat(a.statement()).isEqualTo(e.statement());
		assertThat(a.figures()).isEqualTo(e.figures());
	}

}

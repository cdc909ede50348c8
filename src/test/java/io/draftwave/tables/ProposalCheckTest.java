package io.draftwave.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proposed plans against a small complaints table: what is refused, and why. */
class ProposalCheckTest {

	static final String COMPLAINTS = """
			연도,분야,접수 건수,처리율(%)
			2024,교통,120,91.5
			2024,환경,80,88.0
			2024,복지,60,95.0
			2025,교통,150,92.0
			2025,환경,70,90.5
			2025,복지,90,96.0
			""";

	@TempDir
	Path dir;

	Tables tables;

	String id;

	@BeforeEach
	void load() throws Exception {
		tables = Tables.open(dir.resolve("data"));
		id = tables.load("d", "민원 접수 현황", Files.writeString(dir.resolve("t.csv"), COMPLAINTS)).getFirst().tableId();
	}

	@AfterEach
	void close() {
		tables.close();
	}

	static PlanProposal rank(String tableId, String measure, String category, int limit,
			PlanProposal.Condition... filters) {
		return new PlanProposal("rank", tableId, measure, "SUM", "DETAIL", category, "", "", limit, true, 0, 0,
				List.of(filters));
	}

	static PlanProposal.Condition equalTo(String column, String value) {
		return new PlanProposal.Condition(column, "EQUALS", value, "");
	}

	QuestionPlanner.Planned check(PlanProposal proposal) {
		return new ProposalCheck(tables).check(proposal, tables.cards());
	}

	@Test
	void should_make_the_plan_when_every_name_and_value_fits_the_table() {
		// when
		var planned = check(rank(id, "접수 건수", "분야", 2, equalTo("연도", "2025")));

		// then
		assertThat(planned.card().table().tableId()).isEqualTo(id);
		assertThat(planned.plan()).isEqualTo(
				new Plan.Rank(id, "접수 건수", "분야", Plan.Function.SUM, 2, true, List.of(Filter.equalTo("연도", 2025))));
	}

	@Test
	void should_type_each_kind_of_condition_by_its_column() {
		// given
		var proposal = new PlanProposal("aggregate", id, "접수 건수", "AVERAGE", "DETAIL", "", "", "", 0, false, 0, 0,
				List.of(equalTo("분야", "교통"), new PlanProposal.Condition("연도", "BETWEEN", "2024", "2025"),
						new PlanProposal.Condition("처리율(%)", "BETWEEN", "90", "99.5"),
						new PlanProposal.Condition("연도", "YEAR", "2025년", "")));

		// when
		Plan plan = check(proposal).plan();

		// then
		assertThat(plan.filters()).containsExactly(Filter.equalTo("분야", "교통"), Filter.between("연도", 2024, 2025),
				Filter.between("처리율(%)", 90.0, 99.5), Filter.year("연도", 2025));
	}

	@Test
	void should_refuse_unknown_or_unfit_columns_naming_the_field_and_why() {
		assertRefused(rank(id, "처리 일수", "분야", 3),
				"measure: the table 민원 접수 현황 has no column \"처리 일수\" (columns: 연도, 분야, 접수 건수, 처리율(%))");
		assertRefused(rank(id, "분야", "분야", 3),
				"measure: \"분야\" holds text values; measure needs a number column: 접수 건수, 처리율(%)");
		assertRefused(rank(id, "접수 건수", "접수 건수", 3),
				"category: \"접수 건수\" holds integer values; category needs a text or year column: 연도, 분야");
		assertRefused(rank(id, "접수 건수", "분야", 3, equalTo("분야\" = '' OR 1=1 --", "교통")),
				"filters[0].column: the table 민원 접수 현황 has no column \"분야\" = '' OR 1=1 --\" (columns: 연도, 분야, 접수 건수, 처리율(%))");
	}

	@Test
	void should_refuse_a_value_that_is_not_a_value_of_its_column() {
		assertRefused(rank(id, "접수 건수", "분야", 3, equalTo("분야", "문화")),
				"filters[0].value: \"문화\" is not a value of 분야 (values: 교통, 환경, 복지)");
		assertRefused(rank(id, "접수 건수", "분야", 3, equalTo("분야", "'; DROP TABLE x; --")),
				"filters[0].value: \"'; DROP TABLE x; --\" is not a value of 분야 (values: 교통, 환경, 복지)");
		assertRefused(rank(id, "접수 건수", "분야", 3, equalTo("분야", "교통\nWARN forged log line")),
				"filters[0].value: \"교통?WARN forged log line\" is not a value of 분야 (values: 교통, 환경, 복지)");
	}

	@Test
	void should_refuse_limits_functions_and_operations_outside_the_closed_sets() {
		assertRefused(rank(id, "접수 건수", "분야", 0), "limit: 0 is not from 1 to 50");
		assertRefused(rank(id, "접수 건수", "분야", 1000), "limit: 1000 is not from 1 to 50");
		assertRefused(new PlanProposal("rank", id, "접수 건수", "MEDIAN", "DETAIL", "분야", "", "", 3, true, 0, 0, List.of()),
				"function: \"MEDIAN\" is not one of [SUM, AVERAGE, COUNT, MIN, MAX]");
		assertRefused(new PlanProposal("sql", id, "접수 건수", "SUM", "DETAIL", "분야", "", "", 3, true, 0, 0, List.of()),
				"operation: \"sql\" is not one of [aggregate, rank, change, share, trend]");
	}

	@Test
	void should_refuse_a_table_that_is_not_among_the_candidates() {
		assertThatThrownBy(() -> check(rank("dw_tables", "접수 건수", "분야", 1))).isInstanceOf(ProposalCheck.Refused.class)
			.hasMessage("tableId: \"dw_tables\" is not one of the candidate tables [" + id + "]");
	}

	@Test
	void should_refuse_ill_typed_years_ranges_and_rows() {
		assertRefused(
				new PlanProposal("change", id, "접수 건수", "SUM", "DETAIL", "", "", "연도", 0, false, 2025, 2025, List.of()),
				"to: a change needs two different years, not 2025 twice");
		assertRefused(
				new PlanProposal("change", id, "접수 건수", "SUM", "DETAIL", "", "", "연도", 0, false, 24, 2025, List.of()),
				"from: 24 is not a year (1900 to 2099)");
		assertRefused(new PlanProposal("trend", id, "접수 건수", "SUM", "DETAIL", "", "", "분야", 0, false, 0, 0, List.of()),
				"period: \"분야\" holds text values; period needs a year or date column: 연도");
		assertRefused(new PlanProposal("trend", id, "접수 건수", "SUM", "TOTALS", "", "", "연도", 0, false, 0, 0, List.of()),
				"rows: the table 민원 접수 현황 has no total rows; use DETAIL");
		assertRefused(rank(id, "접수 건수", "분야", 1, new PlanProposal.Condition("연도", "BETWEEN", "2025", "2024")),
				"filters[0].upTo: \"2024\" lies below \"2025\"");
		assertRefused(rank(id, "접수 건수", "분야", 1, new PlanProposal.Condition("연도", "EQUALS", "2025; --", "")),
				"filters[0].value: \"2025; --\" is not a year (1900 to 2099)");
		assertRefused(rank(id, "접수 건수", "분야", 1, new PlanProposal.Condition("분야", "BETWEEN", "교통", "환경")),
				"filters[0].kind: a BETWEEN condition needs a number, year or date column, not \"분야\", which holds text");
		assertRefused(rank(id, "접수 건수", "분야", 1, new PlanProposal.Condition("분야", "LIKE", "%", "")),
				"filters[0].kind: \"LIKE\" is not one of [EQUALS, BETWEEN, YEAR]");
		assertRefused(
				new PlanProposal("share", id, "접수 건수", "SUM", "DETAIL", "분야", "OR 1=1", "", 0, false, 0, 0, List.of()),
				"value: \"OR 1=1\" is not a value of 분야 (values: 교통, 환경, 복지)");
	}

	@Test
	void should_look_a_value_up_in_the_table_when_the_column_has_too_many_values_for_its_card() throws Exception {
		// given 70 stations, more than a card lists
		String csv = "정류소,대여 건수\n"
				+ IntStream.rangeClosed(1, 70).mapToObj(i -> "정류소" + i + "," + i).collect(Collectors.joining("\n"));
		String stations = tables.load("s", "정류소별 대여", Files.writeString(dir.resolve("s.csv"), csv))
			.getFirst()
			.tableId();
		PlanProposal known = new PlanProposal("aggregate", stations, "대여 건수", "SUM", "DETAIL", "", "", "", 0, false, 0,
				0, List.of(equalTo("정류소", "정류소42")));
		PlanProposal unknown = new PlanProposal("aggregate", stations, "대여 건수", "SUM", "DETAIL", "", "", "", 0, false,
				0, 0, List.of(equalTo("정류소", "정류소42' OR '1'='1")));

		// then
		assertThat(tables.cards()
			.stream()
			.filter(c -> c.table().tableId().equals(stations))
			.findFirst()
			.orElseThrow()
			.values()).doesNotContainKey("정류소");
		assertThat(check(known).plan().filters()).containsExactly(Filter.equalTo("정류소", "정류소42"));
		assertRefused(unknown, "filters[0].value: \"정류소42' OR '1'='1\" is not a value of 정류소");
	}

	void assertRefused(PlanProposal proposal, String message) {
		assertThatThrownBy(() -> check(proposal)).isInstanceOf(ProposalCheck.Refused.class).hasMessage(message);
	}

}

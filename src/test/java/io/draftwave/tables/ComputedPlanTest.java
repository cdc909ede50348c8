package io.draftwave.tables;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan computed outside SQL: kept with a stable id, described, and never run as SQL.
 */
class ComputedPlanTest {

	private static final TableInfo TABLE = new TableInfo("t1", "d1", "민원", "sheet", 3, 0,
			List.of(new Column("접수일", "접수일", ColumnType.DATE, ""), new Column("분야", "분야", ColumnType.TEXT, "")));

	@Test
	void should_keep_its_parameters_sorted_so_the_analysis_id_does_not_depend_on_their_order() {
		// given
		Map<String, String> one = new LinkedHashMap<>();
		one.put("terms", "5");
		one.put("period", "quarter");
		Map<String, String> other = new LinkedHashMap<>();
		other.put("period", "quarter");
		other.put("terms", "5");

		// when
		Plan.Computed a = new Plan.Computed("t1", "complaints.topics", one, List.of(Filter.equalTo("분야", "소음")));
		Plan.Computed b = new Plan.Computed("t1", "complaints.topics", other, List.of(Filter.equalTo("분야", "소음")));

		// then
		assertThat(a.parameters().keySet()).containsExactly("period", "terms");
		assertThat(AnalysisArchive.idOf(analysis(a))).isEqualTo(AnalysisArchive.idOf(analysis(b)));
	}

	@Test
	void should_be_refused_as_sql_and_described_by_its_method() {
		// given
		Plan.Computed plan = new Plan.Computed("t1", "complaints.hotspots", Map.of("places", "5"),
				List.of(Filter.between("접수일", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))));

		// then
		assertThatThrownBy(() -> new PlanSql(TABLE).build(plan)).isInstanceOf(TableException.class)
			.hasMessageContaining("complaints.hotspots");
		assertThat(new Wording(TABLE, true).describe(plan)).startsWith("표 「민원」의 접수일 2025-01-01~2025-03-31인 ")
			.contains("complaints.hotspots 계산({places=5})");
		assertThat(new Wording(TABLE, false).describe(plan)).contains("computed complaints.hotspots {places=5}.");
	}

	private static Analysis analysis(Plan plan) {
		return new Analysis("q", TABLE, plan, "d", "s", List.of(), List.of(), List.of(), List.of(), 0, "", List.of(),
				null);
	}

}

package io.draftwave.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each plan kind on a small table, and names and values that try to break out of the SQL.
 */
class PlanSqlTest {

	@TempDir
	Path dir;

	Tables tables;

	Analyses analyses;

	String id;

	@BeforeEach
	void load() throws Exception {
		tables = Tables.open(dir.resolve("data"));
		Path file = Files.writeString(dir.resolve("t.csv"), """
				연도,"구분\"\"; DROP TABLE dw_tables; --",건수
				2024,가,10
				2024,나,30
				2025,가,15
				2025,나,20
				2025,"x' OR '1'='1",5
				""");
		id = tables.load("d", "표", file).getFirst().tableId();
		analyses = new Analyses(tables);
	}

	@AfterEach
	void close() {
		tables.close();
	}

	String category() {
		return tables.get(id).orElseThrow().columns().get(1).name();
	}

	@Test
	void eachPlanKindComputesItsFigures() {
		assertThat(analyses
			.run(new Plan.Aggregate(id, "건수", Plan.Function.SUM, Plan.Rows.DETAIL, List.of(Filter.equalTo("연도", 2025))),
					"ko")
			.figures()).containsExactly(40.0);
		assertThat(analyses.run(new Plan.Aggregate(id, "건수", Plan.Function.AVERAGE, Plan.Rows.DETAIL, List.of()), "ko")
			.figures()).containsExactly(16.0);
		assertThat(
				analyses.run(new Plan.Rank(id, "건수", category(), Plan.Function.SUM, 1, true, List.of()), "ko").rows())
			.containsExactly(List.of("나", 50.0));
		assertThat(analyses
			.run(new Plan.Change(id, "건수", "연도", 2024, 2025, Plan.Function.SUM, Plan.Rows.DETAIL,
					List.of(Filter.equalTo(category(), "가"))), "ko")
			.figures()).containsExactly(15.0, 10.0, 5.0, 50.0);
		assertThat(analyses.run(new Plan.Share(id, "건수", category(), "가", List.of(Filter.equalTo("연도", 2025))), "ko")
			.figures()).containsExactly(37.5, 15.0, 40.0);
		Analysis trend = analyses.run(new Plan.Trend(id, "건수", "연도", Plan.Function.SUM, Plan.Rows.DETAIL, List.of()),
				"en");
		assertThat(trend.figures()).containsExactly(40.0, 40.0, 0.0, 0.0);
		assertThat(trend.chart().kind()).isEqualTo(ChartData.Kind.LINE);
	}

	@Test
	void quotesInNamesAndSqlInValuesStayData() {
		Analysis a = analyses.run(new Plan.Aggregate(id, "건수", Plan.Function.SUM, Plan.Rows.DETAIL,
				List.of(Filter.equalTo(category(), "x' OR '1'='1"))), "ko");

		assertThat(a.figures()).containsExactly(5.0);
		assertThat(a.sql()).doesNotContain("OR '1'='1");
		assertThat(tables.list()).hasSize(1);
	}

	@Test
	void unknownColumnsAndTextMeasuresAreRefused() {
		assertThatThrownBy(
				() -> analyses.run(new Plan.Aggregate(id, "예산", Plan.Function.SUM, Plan.Rows.DETAIL, List.of()), "ko"))
			.isInstanceOf(TableException.class)
			.hasMessageContaining("예산");
		assertThatThrownBy(() -> analyses
			.run(new Plan.Aggregate(id, category(), Plan.Function.SUM, Plan.Rows.DETAIL, List.of()), "ko"))
			.isInstanceOf(TableException.class)
			.hasMessageContaining("no numbers");
	}

}

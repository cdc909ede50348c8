package io.draftwave.tables;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisArchiveTest {

	private static final TableInfo TABLE = new TableInfo("t1", "d1", "민원 접수 현황", "sheet 1", 9, 0, List
		.of(new Column("연도", "연도", ColumnType.INTEGER, ""), new Column("접수 건수", "접수 건수", ColumnType.INTEGER, "건")));

	@Test
	void should_give_the_same_id_to_the_same_plan_on_the_same_table() {
		// given
		AnalysisArchive archive = new AnalysisArchive(10);

		// when
		String first = archive.keep(analysis(TABLE, "SUM"));
		String again = archive.keep(analysis(TABLE, "SUM"));
		String other = archive.keep(analysis(TABLE, "MAX"));
		String grown = archive
			.keep(analysis(new TableInfo("t1", "d1", "민원 접수 현황", "sheet 1", 12, 0, TABLE.columns()), "SUM"));

		// then
		assertThat(first).hasSize(16).isEqualTo(again);
		assertThat(other).isNotEqualTo(first);
		assertThat(grown).as("a reloaded table with other rows is another analysis").isNotEqualTo(first);
		assertThat(archive.find(first)).get().extracting(Analysis::description).isEqualTo("SUM");
	}

	@Test
	void should_drop_the_least_recently_used_analysis_first() {
		// given
		AnalysisArchive archive = new AnalysisArchive(2);
		String sum = archive.keep(analysis(TABLE, "SUM"));
		String max = archive.keep(analysis(TABLE, "MAX"));
		archive.find(sum);

		// when
		String min = archive.keep(analysis(TABLE, "MIN"));

		// then
		assertThat(archive.find(max)).isEmpty();
		assertThat(archive.find(sum)).isPresent();
		assertThat(archive.find(min)).isPresent();
		assertThat(archive.find("0000000000000000")).isEmpty();
	}

	private static Analysis analysis(TableInfo table, String function) {
		Plan plan = new Plan.Aggregate(table.tableId(), "접수 건수", Plan.Function.valueOf(function), Plan.Rows.DETAIL,
				List.of());
		return new Analysis("q", table, plan, function, "s", List.of(1.0), List.of("v"), List.of(List.of(1)),
				List.of(1), 1, "SELECT 1", List.of(), null);
	}

}

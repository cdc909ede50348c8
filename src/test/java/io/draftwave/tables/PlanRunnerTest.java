package io.draftwave.tables;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source rows read with the result: each result row's own, merged in order, on a
 * generated table with more source rows than are listed.
 */
class PlanRunnerTest {

	static final List<Column> COLUMNS = List.of(new Column("대여일자", "대여일자", ColumnType.DATE, ""),
			new Column("자치구", "자치구", ColumnType.TEXT, ""), new Column("대여소", "대여소", ColumnType.TEXT, ""),
			new Column("대여 건수", "대여 건수", ColumnType.INTEGER, ""), new Column("반납 건수", "반납 건수", ColumnType.INTEGER, ""),
			new Column("평균 이용 시간(분)", "평균 이용 시간", ColumnType.DECIMAL, "분"));

	@TempDir
	static Path dir;

	static Tables tables;

	static Analyses analyses;

	static String id;

	@BeforeAll
	static void load() {
		tables = Tables.open(dir);
		// one station per district: 1,096 days × 5 rows
		id = tables.store("generated", List.of(BicycleRentals.generate("generated", COLUMNS, 1))).getFirst().tableId();
		analyses = new Analyses(tables);
	}

	@AfterAll
	static void close() {
		tables.close();
	}

	@Test
	void should_mergeEachResultRowsSourcesInOrder_when_theResultHasGroups() {
		// given
		List<Object[]> rows = List.of(new Object[] { 2024, 10.0, 3L, Arrays.asList(5, 9, 12) },
				new Object[] { 2025, 20.0, 2L, Arrays.asList(1, 7) }, new Object[] { 2026, 0.0, 0L, null });

		// when
		PlanRunner.Fetched fetched = PlanRunner.fetch(rows);

		// then
		assertThat(fetched.result()).containsExactly(new Object[] { 2024, 10.0 }, new Object[] { 2025, 20.0 },
				new Object[] { 2026, 0.0 });
		assertThat(fetched.sourceRows()).containsExactly(1, 5, 7, 9, 12);
		assertThat(fetched.sourceRowCount()).isEqualTo(5);
	}

	@Test
	void should_listTheFirstThousandAndCountAll_when_moreRowsAreSources() {
		// when
		Analysis trend = analyses.run(new Plan.Trend(id, "대여 건수", "대여일자", Plan.Function.SUM, Plan.Rows.DETAIL,
				List.of(Filter.equalTo("자치구", "솔내구"))), "ko");

		// then
		List<Integer> expected = sources("\"자치구\" = ?", List.of("솔내구"));
		assertThat(expected).hasSizeGreaterThan(Analysis.MAX_SOURCE_ROWS);
		assertThat(trend.sourceRowCount()).isEqualTo(expected.size());
		assertThat(trend.sourceRows()).isEqualTo(expected.subList(0, Analysis.MAX_SOURCE_ROWS));
	}

	@Test
	void should_listOnlyTheRankedCategoriesRows_when_aRankIsCut() {
		// when
		Analysis rank = analyses.run(new Plan.Rank(id, "대여 건수", "자치구", Plan.Function.SUM, 2, true, List.of()), "ko");

		// then
		List<Object> top = rank.rows().stream().map(r -> r.getFirst()).toList();
		List<Integer> expected = sources("\"자치구\" IN (?, ?)", top);
		assertThat(rank.sourceRowCount()).isEqualTo(expected.size());
		assertThat(rank.sourceRows()).isEqualTo(expected.subList(0, Analysis.MAX_SOURCE_ROWS));
	}

	static List<Integer> sources(String condition, List<Object> parameters) {
		return tables
			.query("SELECT \"_row\" FROM " + Sql.dataTable(id) + " WHERE NOT \"_total\" AND " + condition
					+ " AND \"대여 건수\" IS NOT NULL ORDER BY \"_row\"", parameters)
			.stream()
			.map(r -> ((Number) r[0]).intValue())
			.toList();
	}

}

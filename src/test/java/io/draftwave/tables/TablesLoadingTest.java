package io.draftwave.tables;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TablesLoadingTest {

	static final String MESSY = """
			한빛광역시 공공자전거 대여 현황 (단위: 건) ※ 예시 자료(가상 수치)
			자치구,2025년,,평균 이용 시간(분)
			,대여 건수,반납 건수,
			한빛구,"12,345",-,23.5
			누리구,"7,655","7,001",19
			합계,"20,000","19,000",21.2
			※ 자료: 한빛광역시 (가상)
			""";

	@TempDir
	Path dir;

	Tables tables;

	@BeforeEach
	void open() {
		tables = Tables.open(dir.resolve("data"));
	}

	@AfterEach
	void close() {
		tables.close();
	}

	@Test
	void messyCsvLoadsWithTitleLineMergedHeaderSeparatorsAndTotals() throws Exception {
		Path file = Files.writeString(dir.resolve("bikes.csv"), MESSY);

		TableInfo table = tables.load("doc-1", "자전거", file).getFirst();

		assertThat(table.columns()).extracting(Column::name)
			.containsExactly("자치구", "2025년 대여 건수", "2025년 반납 건수", "평균 이용 시간(분)");
		assertThat(table.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL);
		assertThat(table.columns().get(3).unit()).isEqualTo("분");
		assertThat(table.columns().get(3).label()).isEqualTo("평균 이용 시간");
		assertThat(table.rows()).isEqualTo(3);
		assertThat(table.totalRows()).isEqualTo(1);
		TableRows rows = tables.rows(table.tableId(), 0, 10);
		assertThat(rows.rows().get(0)).containsExactly("한빛구", 12345L, null, 23.5);
		assertThat(rows.totals()).containsExactly(false, false, true);
		assertThat(rows.rowNumbers()).containsExactly(1, 2, 3);
	}

	@Test
	void numbersStoredAsTextYearsAndUnitsAreTyped() throws Exception {
		Path file = Files.writeString(dir.resolve("complaints.csv"), """
				연도,분야,접수 건수,비율(%),평균 처리일수(일),기준일
				"2024","교통·주차","58,197","28.9","5.2",2026-01-20
				2025,교통·주차,54756,28.1,4.7,2026.01.20
				""");

		TableInfo table = tables.load("doc-2", "민원", file).getFirst();

		assertThat(table.columns()).extracting(Column::type)
			.containsExactly(ColumnType.YEAR, ColumnType.TEXT, ColumnType.INTEGER, ColumnType.DECIMAL,
					ColumnType.DECIMAL, ColumnType.DATE);
		assertThat(table.columns()).extracting(Column::unit).containsExactly("", "", "", "%", "일", "");
		assertThat(tables.rows(table.tableId(), 0, 1).rows().get(0).get(2)).isEqualTo(58197L);
	}

	@Test
	void personalDataInFreeTextIsMaskedButShortCellsStayAsPublished() throws Exception {
		Path file = Files.writeString(dir.resolve("complaints-with-contacts.csv"), """
				접수일,담당 부서 전화,민원 내용
				2025-03-02,02-120-1234,가로등이 꺼져 있습니다. 연락처 010-1234-5678로 회신 부탁드립니다.
				2025-03-03,02-120-1234,보도블록이 깨져 있어 위험합니다. 메일 hong@example.co.kr 로 알려 주세요.
				""");

		TableInfo table = tables.load("doc-pii", "민원", file).getFirst();

		List<List<Object>> rows = tables.rows(table.tableId(), 0, 2).rows();
		assertThat(rows).extracting(r -> r.get(2))
			.containsExactly("가로등이 꺼져 있습니다. 연락처 [전화번호]로 회신 부탁드립니다.", "보도블록이 깨져 있어 위험합니다. 메일 [이메일] 로 알려 주세요.");
		assertThat(rows).extracting(r -> r.get(1)).containsOnly("02-120-1234");
	}

	@Test
	void cp949FileIsRead() throws Exception {
		Path file = Files.write(dir.resolve("legacy.csv"),
				"분야,참여 인원(명)\n교육,\"1,024\"\n".getBytes(Charset.forName("x-windows-949")));

		TableInfo table = tables.load("doc-3", "옛 파일", file).getFirst();

		assertThat(table.columns()).extracting(Column::name).containsExactly("분야", "참여 인원(명)");
		assertThat(table.columns().get(1).unit()).isEqualTo("명");
	}

	@Test
	void loadingAgainReplacesAndRemoveDeletesTheDocumentsTables() throws Exception {
		Path file = Files.writeString(dir.resolve("a.csv"), "분야,건수\n가,1\n나,2\n");
		tables.load("doc-4", "a", file);
		tables.load("doc-5", "b", file);
		Files.writeString(file, "분야,건수\n가,1\n");

		tables.load("doc-4", "a", file);

		assertThat(tables.list()).hasSize(2);
		assertThat(tables.list()).filteredOn(t -> t.documentId().equals("doc-4"))
			.extracting(TableInfo::rows)
			.containsExactly(1L);
		assertThat(tables.remove("doc-4")).isEqualTo(1);
		assertThat(tables.list()).extracting(TableInfo::documentId).containsExactly("doc-5");
	}

	@Test
	void cardListsColumnsRangesAndCategoryValues() throws Exception {
		Path file = Files.writeString(dir.resolve("bikes.csv"), MESSY);
		tables.load("doc-6", "자전거", file);

		String card = tables.cards().getFirst().text();

		assertThat(card).contains("표: 자전거", "문서: doc-6", "합계 행 1", "- 자치구 [text]: 한빛구, 누리구, 합계",
				"- 2025년 대여 건수 [integer] 7,655 ~ 12,345", "평균 이용 시간(분) [decimal, 분]");
	}

	@Test
	void reopenedDatabaseKeepsTheTables() throws Exception {
		Path file = Files.writeString(dir.resolve("a.csv"), "분야,건수\n가,1\n");
		tables.load("doc-7", "a", file);
		tables.close();

		tables = Tables.open(dir.resolve("data"));

		assertThat(tables.list()).extracting(TableInfo::title).isEqualTo(List.of("a"));
	}

}

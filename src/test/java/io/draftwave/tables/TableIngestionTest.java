package io.draftwave.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentReader;
import io.draftwave.corpus.SampleTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TableIngestionTest {

	@TempDir
	Path dir;

	Tables tables;

	TableIngestion ingestion;

	@BeforeEach
	void open() {
		tables = Tables.open(dir);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("tables", tables);
		ingestion = new TableIngestion(beans.getBeanProvider(Tables.class), DocumentReader.standalone(1200),
				dir.resolve(Tables.DATABASE_FILE));
	}

	@AfterEach
	void close() {
		tables.close();
	}

	@Test
	void should_read_an_original_kept_without_extension_by_the_name_it_arrived_with() throws IOException {
		// given an original named by its hash, as the corpus keeps it
		Path original = Files.writeString(dir.resolve("3f9a0c"), "연도\t인원(명)\n2031\t977\n", StandardCharsets.UTF_8);

		// when
		ingestion.stored("d1", "교육 인원", "교육 인원.tsv", original, DocumentFormat.CSV);

		// then
		assertThat(tables.list()).singleElement().satisfies(t -> {
			assertThat(t.documentId()).isEqualTo("d1");
			assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.YEAR, ColumnType.INTEGER);
		});
	}

	@Test
	void should_leave_documents_of_other_formats_and_unreadable_originals_without_tables_and_without_failing() {
		// when
		assertThatCode(() -> {
			ingestion.stored("d2", "메모", "memo.md", dir.resolve("absent"), DocumentFormat.MARKDOWN);
			ingestion.stored("d3", "깨진 표", "broken.csv", dir.resolve("absent"), DocumentFormat.CSV);
		}).doesNotThrowAnyException();

		// then
		assertThat(tables.list()).isEmpty();
	}

	@Test
	void should_remove_the_tables_of_a_removed_document() throws IOException {
		// given
		Path original = Files.writeString(dir.resolve("77aa"), "분기,건수\n1분기,4321\n", StandardCharsets.UTF_8);
		ingestion.stored("d4", "민원", "민원.csv", original, DocumentFormat.CSV);
		assertThat(tables.list()).hasSize(1);

		// when
		ingestion.removed("d4");

		// then
		assertThat(tables.list()).isEmpty();
	}

	@Test
	void should_load_the_typed_table_inside_a_docx_when_its_header_is_merged() throws IOException {
		// given
		Path original = Files.write(dir.resolve("5d1e"), SampleTables.docx("3. 분야별 접수 현황", SampleTables.MERGED_HEADER));

		// when
		ingestion.stored("d5", "민원 분석 보고", "민원 분석 보고.docx", original, DocumentFormat.DOCX);

		// then
		assertThat(tables.list()).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("3. 분야별 접수 현황");
			assertThat(t.origin()).isEqualTo("table 1");
			assertThat(t.rows()).isEqualTo(3);
			assertThat(t.totalRows()).isEqualTo(1);
			assertThat(t.columns()).extracting(c -> c.label() + ":" + c.type() + ":" + c.unit())
				.containsExactly("분야:TEXT:", "2025년 접수 건수:INTEGER:건", "2025년 비율:DECIMAL:%");
			assertThat(tables.rows(t.tableId(), 0, 10).rows()).containsExactly(List.of("교통·주차", 54756L, 65.2),
					Arrays.asList("환경·청소", 29619L, null), List.of("합계", 84375L, 100.0));
		});
	}

	@Test
	void should_keep_only_tables_with_figures_and_name_untitled_ones_by_the_document_when_html_has_several()
			throws IOException {
		// given a table of words, then an untitled table of figures
		String html = """
				<table><tr><th>항목</th><th>설명</th></tr><tr><td>시설 유형</td><td>체육시설, 회의실</td></tr></table>
				<table><tr><th>연도</th><th>데이터셋(개)</th></tr><tr><td>2024</td><td>253</td></tr>
				<tr><td>2025</td><td>286</td></tr></table>
				""";
		Path original = Files.writeString(dir.resolve("a0b1"), html, StandardCharsets.UTF_8);

		// when
		ingestion.stored("d6", "플랫폼 현황", "현황.html", original, DocumentFormat.HTML);

		// then
		assertThat(tables.list()).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("플랫폼 현황 표 2");
			assertThat(t.columns()).extracting(Column::type).containsExactly(ColumnType.YEAR, ColumnType.INTEGER);
		});
	}

	@Test
	void should_drop_the_tables_of_a_document_replaced_by_one_without_tables_and_of_a_removed_one() throws IOException {
		// given
		Path first = Files.write(dir.resolve("c2d3"), SampleTables.hwpx("표 1. 접수 현황", SampleTables.MERGED_HEADER));
		ingestion.stored("d7", "접수 현황", "현황.hwpx", first, DocumentFormat.HWPX);
		Path second = Files.write(dir.resolve("e4f5"), SampleTables.hwp(SampleTables.MERGED_HEADER));
		ingestion.stored("d8", "접수 현황", "현황.hwp", second, DocumentFormat.HWP);
		assertThat(tables.list()).extracting(TableInfo::title).containsExactlyInAnyOrder("표 1. 접수 현황", "접수 현황 표 1");
		Path replaced = Files.writeString(dir.resolve("f6a7"), "<p>표가 없는 새 판</p>", StandardCharsets.UTF_8);

		// when
		ingestion.stored("d7", "접수 현황", "현황.html", replaced, DocumentFormat.HTML);
		ingestion.removed("d8");

		// then
		assertThat(tables.list()).isEmpty();
	}

}

package io.draftwave.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.DocumentTable;
import io.draftwave.corpus.SampleTables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables the HTML, DOCX, HWPX and HWP parsers find beside the blocks: merged cells
 * expanded on the grid, titles from captions and headings, layout tables left out.
 */
class DocumentTablesTest {

	/** {@link SampleTables#MERGED_HEADER} on its grid. */
	private static final List<List<String>> MERGED_GRID = List.of(List.of("분야", "2025년", ""),
			List.of("", "접수 건수(건)", "비율(%)"), List.of("교통·주차", "54,756", "65.2"), List.of("환경·청소", "29,619", "-"),
			List.of("합계", "84,375", "100"));

	private final DocumentParsers parsers = new DocumentParsers();

	private ParsedDocument parse(DocumentFormat format, byte[] bytes) {
		return parsers.parse(format, new ByteArrayInputStream(bytes));
	}

	private ParsedDocument html(String html) {
		return parse(DocumentFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void should_expand_colspan_and_rowspan_when_html_header_is_merged() {
		// given
		String html = """
				<h2>분야별 민원</h2>
				<table>
				  <caption>2025년 분야별 민원 접수</caption>
				  <thead>
				    <tr><th rowspan="2">분야</th><th colspan="2">2025년</th></tr>
				    <tr><th>접수 건수(건)</th><th>비율(%)</th></tr>
				  </thead>
				  <tfoot><tr><td>합계</td><td>84,375</td><td>100</td></tr></tfoot>
				  <tbody>
				    <tr><td>교통·주차</td><td>54,756</td><td>65.2</td></tr>
				    <tr><td>환경·청소</td><td>29,619</td><td>-</td></tr>
				  </tbody>
				</table>
				""";

		// when
		ParsedDocument doc = html(html);

		// then
		assertThat(doc.tables()).containsExactly(new DocumentTable(1, "2025년 분야별 민원 접수", MERGED_GRID));
	}

	@Test
	void should_title_by_the_heading_before_and_leave_out_layout_tables_when_html_has_no_caption() {
		// given a one-row and a one-column layout table around a data table
		String html = """
				<table><tr><td>로고</td><td>한빛시청</td></tr></table>
				<h2>연도별 참여 인원</h2>
				<table><tr><td>안내</td></tr><tr><td>문의: 데이터정책과</td></tr></table>
				<table>
				  <tr><th>연도</th><th>참여 인원</th></tr>
				  <tr><td rowspan="2">2024</td><td>847</td></tr>
				  <tr><td>903</td></tr>
				</table>
				""";

		// when
		ParsedDocument doc = html(html);

		// then
		assertThat(doc.tables()).containsExactly(new DocumentTable(1, "연도별 참여 인원",
				List.of(List.of("연도", "참여 인원"), List.of("2024", "847"), List.of("", "903"))));
	}

	@Test
	void should_keep_the_row_blocks_as_before_when_html_table_is_also_reported() {
		// given
		String html = "<table><tr><th>연도</th><th>참여 인원</th></tr><tr><td>2024</td><td>847</td></tr></table>";

		// when
		ParsedDocument doc = html(html);

		// then
		assertThat(doc.blocks()).containsExactly(new Block("연도: 2024 | 참여 인원: 847", Block.Kind.ROW, null, null));
		assertThat(doc.tables()).hasSize(1);
	}

	@Test
	void should_read_the_captioned_table_when_html_is_the_2024_training_press_release() throws IOException {
		// given
		byte[] html = Files.readAllBytes(Path.of("corpus", "press-release-2024-training.html"));

		// when
		ParsedDocument doc = parse(DocumentFormat.HTML, html);

		// then
		assertThat(doc.tables()).singleElement().satisfies(table -> {
			assertThat(table.title()).isEqualTo("2024년 과정별 교육 실적");
			assertThat(table.rows()).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(4));
			assertThat(table.rows().get(0)).containsExactly("과정", "교육 시간", "참여 인원", "수료 인원");
			assertThat(table.rows().get(6)).containsExactly("합계", "-", "847명", "786명");
		});
	}

	@Test
	void should_expand_grid_span_and_vertical_merge_when_docx_header_is_merged() {
		// given
		byte[] docx = SampleTables.docx("3. 분야별 접수 현황", SampleTables.MERGED_HEADER);

		// when
		ParsedDocument doc = parse(DocumentFormat.DOCX, docx);

		// then
		assertThat(doc.tables()).containsExactly(new DocumentTable(1, "3. 분야별 접수 현황", MERGED_GRID));
		assertThat(doc.blocks()).contains(Block.heading("3. 분야별 접수 현황"),
				new Block("분야: 교통·주차 | 2025년: 54,756 | 65.2", Block.Kind.ROW, null, null));
	}

	@Test
	void should_place_cells_by_address_and_span_when_hwpx_has_a_captioned_table() {
		// given
		byte[] hwpx = SampleTables.hwpx("표 1. 분야별 접수 현황", SampleTables.MERGED_HEADER);

		// when
		ParsedDocument doc = parse(DocumentFormat.HWPX, hwpx);

		// then
		assertThat(doc.tables()).containsExactly(new DocumentTable(1, "표 1. 분야별 접수 현황", MERGED_GRID));
		assertThat(doc.blocks()).extracting(Block::text).anyMatch(text -> text.contains("54,756"));
	}

	@Test
	void should_place_cells_by_address_and_span_when_hwp_has_a_table() {
		// given
		byte[] hwp = SampleTables.hwp(SampleTables.MERGED_HEADER);

		// when
		ParsedDocument doc = parse(DocumentFormat.HWP, hwp);

		// then
		assertThat(doc.tables()).containsExactly(new DocumentTable(1, null, MERGED_GRID));
		assertThat(doc.blocks()).extracting(Block::text).anyMatch(text -> text.contains("54,756"));
	}

	@Test
	void should_report_no_tables_when_hwp_and_hwpx_have_only_paragraphs() throws IOException {
		// given the default corpus's HWP and HWPX files, which hold no tables
		byte[] hwp = Files.readAllBytes(Path.of("corpus", "민원 처리 매뉴얼.hwp"));
		byte[] hwpx = Files.readAllBytes(Path.of("corpus", "data-competition-2025-plan.hwpx"));

		// then
		assertThat(parse(DocumentFormat.HWP, hwp).tables()).isEmpty();
		assertThat(parse(DocumentFormat.HWPX, hwpx).tables()).isEmpty();
	}

}

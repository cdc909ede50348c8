package io.draftwave.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.SampleDocuments;
import io.draftwave.corpus.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BinaryParsersTest {

	private final DocumentParsers parsers = new DocumentParsers();

	private ParsedDocument parse(DocumentFormat format, byte[] bytes) {
		return parsers.parse(format, new ByteArrayInputStream(bytes));
	}

	@Test
	void should_read_paragraphs_when_hwp_has_korean_text() {
		// given
		byte[] hwp = SampleDocuments.hwp("2024년 교육 결과 보고", List.of("교육 참여 인원은 847명입니다.", "만족도는 4.5점으로 조사됨."));

		// when
		ParsedDocument doc = parse(DocumentFormat.HWP, hwp);

		// then
		assertThat(doc.blocks()).extracting(Block::text)
			.containsExactly("2024년 교육 결과 보고", "교육 참여 인원은 847명입니다.", "만족도는 4.5점으로 조사됨.");
		assertThat(doc.blocks()).allMatch(b -> b.kind() == Block.Kind.PARAGRAPH);
	}

	@Test
	void should_read_title_and_paragraphs_when_hwpx_has_korean_text() {
		// given
		byte[] hwpx = SampleDocuments.hwpx("시민 참여 예산 안내", List.of("참여 예산은 총 30억 원입니다.", "신청은 3월 10일까지 받습니다."));

		// when
		ParsedDocument doc = parse(DocumentFormat.HWPX, hwpx);

		// then
		assertThat(doc.title()).isEqualTo("시민 참여 예산 안내");
		assertThat(doc.blocks()).extracting(Block::text)
			.containsSubsequence("참여 예산은 총 30억 원입니다.", "신청은 3월 10일까지 받습니다.");
	}

	@Test
	void should_number_pages_when_pdf_has_two_pages() {
		// given
		String first = "첫째 쪽의 문단입니다.";
		String second = "둘째 쪽 참여 인원 847명.";
		byte[] pdf = SampleDocuments.pdf(List.of(List.of(first, "Budget review 2024."), List.of(second)), "교육 결과");

		// when
		ParsedDocument doc = parse(DocumentFormat.PDF, pdf);

		// then
		assertThat(doc.title()).isEqualTo("교육 결과");
		assertThat(doc.blocks()).containsExactly(Block.paragraph(first).onPage(1),
				Block.paragraph("Budget review 2024.").onPage(1), Block.paragraph(second).onPage(2));
	}

	@Test
	void should_join_wrapped_lines_when_pdf_paragraph_is_long() {
		// given
		String paragraph = "도시 데이터 플랫폼 구축 사업은 2025년 상반기에 완료됨. " + "시민 의견 수렴 결과를 반영하여 세부 계획을 수립할 예정임.";
		byte[] pdf = SampleDocuments.pdf(List.of(List.of(paragraph)));

		// when
		ParsedDocument doc = parse(DocumentFormat.PDF, pdf);

		// then
		assertThat(doc.blocks()).extracting(Block::text).containsExactly(paragraph);
		assertThat(doc.blocks().get(0).text()).doesNotContain("\u0000");
	}

	@Test
	void should_mark_headings_when_docx_has_heading_style() {
		// given
		byte[] docx = SampleDocuments.docx("교육 결과 보고서", List.of("# 1. 추진 개요", "교육은 3회 실시하였습니다.", "# 2. 결과"));

		// when
		ParsedDocument doc = parse(DocumentFormat.DOCX, docx);

		// then
		assertThat(doc.title()).isEqualTo("교육 결과 보고서");
		assertThat(doc.blocks()).containsExactly(Block.heading("1. 추진 개요"), Block.paragraph("교육은 3회 실시하였습니다."),
				Block.heading("2. 결과"));
	}

	@Test
	void should_name_columns_when_docx_has_table() {
		// given
		byte[] docx = SampleDocuments.docxTable(List.of("연도", "참여 인원"),
				List.of(List.of("2024", "847"), List.of("2025", "")));

		// when
		ParsedDocument doc = parse(DocumentFormat.DOCX, docx);

		// then
		assertThat(doc.blocks()).containsExactly(new Block("연도: 2024 | 참여 인원: 847", Block.Kind.ROW, null, null),
				new Block("연도: 2025", Block.Kind.ROW, null, null));
	}

	@Test
	void should_render_rows_with_column_names_when_xlsx_has_header() {
		// given
		byte[] xlsx = SampleDocuments.xlsx("교육 실적", List.of("연도", "참여 인원", "비고"),
				List.of(List.of(2024, 847, "대면"), List.of(2025, 1203.5)));

		// when
		ParsedDocument doc = parse(DocumentFormat.XLSX, xlsx);

		// then
		assertThat(doc.blocks()).containsExactly(new Block("교육 실적", Block.Kind.HEADING, null, "교육 실적"),
				new Block("표 자료 (2행, 열 3개)\n- 연도: 2024 ~ 2025\n- 참여 인원: 847 ~ 1,203.5\n- 비고: 서로 다른 값 1개, 예: 대면",
						Block.Kind.PARAGRAPH, null, "교육 실적"),
				new Block("연도: 2024 | 참여 인원: 847 | 비고: 대면", Block.Kind.ROW, null, "교육 실적"),
				new Block("연도: 2025 | 참여 인원: 1203.5", Block.Kind.ROW, null, "교육 실적"));
	}

	static Stream<Arguments> corruptFiles() {
		byte[] docx = SampleDocuments.docx("t", List.of("본문"));
		byte[] xlsx = SampleDocuments.xlsx("s", List.of("a"), List.of(List.of(1)));
		byte[] hwpx = SampleDocuments.hwpx("t", List.of("본문"));
		byte[] hwp = SampleDocuments.hwp("t", List.of("본문"));
		byte[] pdf = SampleDocuments.pdf(List.of(List.of("Body text.")));
		byte[] random = SampleDocuments.randomBytes(42, 4096);
		return Stream.of(Arguments.of(DocumentFormat.PDF, SampleDocuments.encryptedPdf(), "the PDF is encrypted"),
				Arguments.of(DocumentFormat.PDF, random, "not a valid PDF file"),
				Arguments.of(DocumentFormat.PDF, SampleDocuments.truncated(pdf, 40), "not a valid PDF file"),
				Arguments.of(DocumentFormat.PDF, docx, "not a valid PDF file"),
				Arguments.of(DocumentFormat.DOCX, random, "not a valid DOCX file"),
				Arguments
					.of(DocumentFormat.DOCX, SampleDocuments.truncated(docx, docx.length / 2), "not a valid DOCX file"),
				Arguments.of(DocumentFormat.DOCX, xlsx, "not a valid DOCX file"),
				Arguments.of(DocumentFormat.DOCX, hwp,
						"the DOCX file is password-protected or in the old binary Office format"),
				Arguments.of(DocumentFormat.XLSX, random, "not a valid XLSX file"),
				Arguments.of(DocumentFormat.XLSX, SampleDocuments.truncated(xlsx, xlsx.length / 2),
						"not a valid XLSX file"),
				Arguments.of(DocumentFormat.XLSX, docx, "not a valid XLSX file"),
				Arguments.of(DocumentFormat.HWPX, random, "not a valid HWPX file"),
				Arguments.of(DocumentFormat.HWPX, SampleDocuments.truncated(hwpx, hwpx.length / 2),
						"not a valid HWPX file"),
				Arguments.of(DocumentFormat.HWPX, SampleDocuments.passwordHwpx(),
						"the HWPX file is password-protected"),
				Arguments.of(DocumentFormat.HWP, random, "not a valid HWP 5 file"),
				Arguments.of(DocumentFormat.HWP, SampleDocuments.truncated(hwp, hwp.length / 2),
						"not a valid HWP 5 file"),
				Arguments.of(DocumentFormat.HWP, SampleDocuments.passwordHwp(), "the HWP file is password-protected"),
				Arguments.of(DocumentFormat.HWP, hwpx, "not a valid HWP 5 file"));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("corruptFiles")
	void should_refuse_with_reason_when_file_is_corrupt_or_encrypted(DocumentFormat format, byte[] bytes,
			String reason) {
		// given
		ByteArrayInputStream in = new ByteArrayInputStream(bytes);

		// when / then
		assertThatThrownBy(() -> parsers.parse(format, in)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith(reason);
	}

}

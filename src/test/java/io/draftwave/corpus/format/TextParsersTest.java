package io.draftwave.corpus.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextParsersTest {

	private final DocumentParsers parsers = new DocumentParsers();

	private ParsedDocument parse(DocumentFormat format, String text, Charset charset) {
		return parsers.parse(format, new ByteArrayInputStream(text.getBytes(charset)));
	}

	private static Block row(String text) {
		return new Block(text, Block.Kind.ROW, null, null);
	}

	@Test
	void should_name_columns_when_csv_has_header() {
		// given
		String csv = "\uFEFF연도,참여 인원,비고\r\n2024,847,\"대면, 비대면 병행\"\r\n2025,\"1,203\",\"말하길 \"\"좋음\"\"\n둘째 줄\"\r\n";

		// when
		ParsedDocument doc = parse(DocumentFormat.CSV, csv, StandardCharsets.UTF_8);

		// then
		assertThat(doc.blocks()).first().extracting(Block::kind).isEqualTo(Block.Kind.PARAGRAPH);
		assertThat(doc.blocks().subList(1, doc.blocks().size())).containsExactly(
				row("연도: 2024 | 참여 인원: 847 | 비고: 대면, 비대면 병행"), row("연도: 2025 | 참여 인원: 1,203 | 비고: 말하길 \"좋음\" 둘째 줄"));
	}

	@Test
	void should_split_on_tabs_when_header_line_has_a_tab() {
		// given
		String tsv = "연도\t참여 인원\n2024\t847\n";

		// when
		ParsedDocument doc = parse(DocumentFormat.CSV, tsv, StandardCharsets.UTF_8);

		// then
		assertThat(doc.blocks().subList(1, doc.blocks().size())).containsExactly(row("연도: 2024 | 참여 인원: 847"));
	}

	@Test
	void should_decode_cp949_when_csv_is_not_utf8() {
		// given
		String csv = "연도,참여 인원\n2024,847\n";

		// when
		ParsedDocument doc = parse(DocumentFormat.CSV, csv, Charset.forName("x-windows-949"));

		// then
		assertThat(doc.blocks().subList(1, doc.blocks().size())).containsExactly(row("연도: 2024 | 참여 인원: 847"));
	}

	@Test
	void should_refuse_when_quoted_field_is_never_closed() {
		// given
		byte[] csv = "a,b\n1,\"open\n".getBytes(StandardCharsets.UTF_8);

		// when / then
		assertThatThrownBy(() -> parsers.parse(DocumentFormat.CSV, new ByteArrayInputStream(csv)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("never closed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CSV", "TEXT", "MARKDOWN", "HTML" })
	void should_refuse_when_bytes_are_neither_utf8_nor_cp949(String format) {
		// given
		byte[] bytes = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFF, (byte) 0x80 };

		// when / then
		assertThatThrownBy(() -> parsers.parse(DocumentFormat.valueOf(format), new ByteArrayInputStream(bytes)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("the text is neither UTF-8 nor CP949 (EUC-KR) encoded");
	}

	@Test
	void should_read_structure_when_html_has_headings_paragraphs_and_table() {
		// given
		String html = """
				<html><head><title>교육 결과</title><style>p{}</style></head><body>
				<nav>메뉴</nav><h1>2024년 교육</h1>
				<p>참여 인원은   <b>847명</b>입니다.</p>
				<ul><li>대면 교육</li><li>온라인 교육</li></ul>
				<table><tr><th>연도</th><th>참여 인원</th></tr><tr><td>2024</td><td>847</td></tr></table>
				<script>var x = 1;</script><footer>저작권</footer></body></html>
				""";

		// when
		ParsedDocument doc = parse(DocumentFormat.HTML, html, StandardCharsets.UTF_8);

		// then
		assertThat(doc.title()).isEqualTo("교육 결과");
		assertThat(doc.blocks()).containsExactly(Block.heading("2024년 교육"), Block.paragraph("참여 인원은 847명입니다."),
				Block.paragraph("대면 교육"), Block.paragraph("온라인 교육"), row("연도: 2024 | 참여 인원: 847"));
	}

	@Test
	void should_read_front_matter_headings_lists_and_tables_when_markdown() {
		// given
		String md = """
				---
				title: "시민 참여 예산"
				date: 2025-03-10
				source: 시정 소식지
				tags: [예산]
				---
				# 개요

				참여 예산은 **총 30억 원**이며
				[누리집](https://example.go.kr)에서 `신청`합니다.

				- 첫째 항목
				- _둘째_ 항목

				| 연도 | 참여 인원 |
				|------|----------:|
				| 2024 | 847 |
				""";

		// when
		ParsedDocument doc = parse(DocumentFormat.MARKDOWN, md, StandardCharsets.UTF_8);

		// then
		assertThat(doc.title()).isEqualTo("시민 참여 예산");
		assertThat(doc.blocks()).containsExactly(Block.paragraph("date: 2025-03-10 · source: 시정 소식지"),
				Block.heading("개요"), Block.paragraph("참여 예산은 총 30억 원이며 누리집에서 신청합니다."), Block.paragraph("첫째 항목"),
				Block.paragraph("둘째 항목"), row("연도: 2024 | 참여 인원: 847"));
	}

	@Test
	void should_take_first_heading_as_title_when_markdown_has_no_front_matter() {
		// given
		String md = "# 교육 결과 보고\n\n본문입니다.\n";

		// when
		ParsedDocument doc = parse(DocumentFormat.MARKDOWN, md, StandardCharsets.UTF_8);

		// then
		assertThat(doc.title()).isEqualTo("교육 결과 보고");
		assertThat(doc.blocks()).containsExactly(Block.heading("교육 결과 보고"), Block.paragraph("본문입니다."));
	}

	@Test
	void should_take_short_first_line_as_title_when_text_has_blank_line_after_it() {
		// given
		String text = "교육 결과 보고\r\n\r\n첫 문단입니다.\n같은 문단의 둘째 줄.\n\n  \n둘째 문단.";

		// when
		ParsedDocument doc = parse(DocumentFormat.TEXT, text, StandardCharsets.UTF_8);

		// then
		assertThat(doc.title()).isEqualTo("교육 결과 보고");
		assertThat(doc.blocks()).containsExactly(Block.heading("교육 결과 보고"), Block.paragraph("첫 문단입니다.\n같은 문단의 둘째 줄."),
				Block.paragraph("둘째 문단."));
	}

	@Test
	void should_have_no_title_when_first_line_is_long() {
		// given
		String text = "가".repeat(81) + "\n\n둘째 문단.";

		// when
		ParsedDocument doc = parse(DocumentFormat.TEXT, text, StandardCharsets.UTF_8);

		// then
		assertThat(doc.title()).isNull();
		assertThat(doc.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
	}

	@Test
	void should_return_a_parser_for_every_format() {
		// when
		List<DocumentFormat> served = java.util.Arrays.stream(DocumentFormat.values())
			.filter(f -> parsers.forFormat(f).format() == f)
			.toList();

		// then
		assertThat(served).containsExactly(DocumentFormat.values());
	}

}

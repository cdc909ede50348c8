package io.draftwave.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

import static org.assertj.core.api.Assertions.assertThat;

class DocxExporterTest {

	private final DocxExporter exporter = new DocxExporter("https://draftwave.example.go.kr", ExportFixtures.CLOCK);

	@Test
	void should_write_title_headings_and_body_when_a_korean_draft_is_exported() throws IOException {
		// when
		try (XWPFDocument document = read(exporter.export(ExportFixtures.draft()))) {

			// then
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
			assertThat(paragraphs.get(0).getText()).isEqualTo("정책 보고서 2024. 11. 5.");
			assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.containsExactly("개요", "개선방안");
			assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.containsExactly("교육 과정");
			assertThat(paragraphs).extracting(XWPFParagraph::getText)
				.anySatisfy(t -> assertThat(t).startsWith("2024년 데이터 인재 양성 교육에는 공무원 320명이 참여했다"))
				.noneSatisfy(t -> assertThat(t).contains("[1]"))
				.noneSatisfy(t -> assertThat(t).contains("##"));
			assertThat(document.getStyles().getStyle("Heading1")).isNotNull();
		}
	}

	@Test
	void should_write_one_footnote_per_citation_with_title_excerpt_and_link_when_markers_repeat() throws IOException {
		// when
		try (XWPFDocument document = read(exporter.export(ExportFixtures.draft()))) {

			// then
			List<XWPFFootnote> footnotes = document.getFootnotes();
			assertThat(footnotes).hasSize(3);
			assertThat(text(footnotes.get(0)))
				.contains("2024 데이터 인재 양성 교육 결과", "공무원 320명이 참여&수료",
						"https://draftwave.example.go.kr/api/sources/doc-a%3A0")
				.doesNotContain("<mark>");
			assertThat(text(footnotes.get(1))).contains("교육 만족도 조사", "만족도 <4.5점> 기록");
			assertThat(text(footnotes.get(2))).contains("2025 교육 계획", "심화 과정 신설");
		}
	}

	@Test
	void should_reference_each_footnote_once_and_repeat_its_number_when_a_marker_repeats() throws IOException {
		// when
		try (XWPFDocument document = read(exporter.export(ExportFixtures.draft()))) {

			// then
			List<BigInteger> references = document.getParagraphs()
				.stream()
				.flatMap(p -> p.getCTP().getRList().stream())
				.flatMap(r -> r.getFootnoteReferenceList().stream())
				.map(CTFtnEdnRef::getId)
				.toList();
			BigInteger first = document.getFootnotes().get(0).getId();
			assertThat(references).containsExactly(first, first.add(BigInteger.ONE), first.add(BigInteger.TWO));
			List<String> superscripts = document.getParagraphs()
				.stream()
				.flatMap(p -> p.getRuns().stream())
				.filter(r -> r
					.getVerticalAlignment() == org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT)
				.map(r -> r.text())
				.toList();
			assertThat(superscripts).containsExactly("1");
		}
	}

	private static String text(XWPFFootnote footnote) {
		return footnote.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
	}

	private static XWPFDocument read(byte[] bytes) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

}

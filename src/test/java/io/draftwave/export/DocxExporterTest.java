package io.draftwave.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

import static org.assertj.core.api.Assertions.assertThat;

class DocxExporterTest {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final DocxExporter exporter = new DocxExporter("https://draftwave.example.go.kr", ExportFixtures.CLOCK,
			ExportFixtures.FIGURES);

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

	@Test
	void should_embed_the_chart_as_a_png_with_caption_and_source_after_the_paragraph_first_citing_the_figure()
			throws IOException {
		// when
		try (XWPFDocument document = read(exporter.export(ExportFixtures.figureDraft(ExportFixtures.KEPT)))) {

			// then
			assertThat(document.getAllPictures()).singleElement().satisfies(picture -> {
				assertThat(picture.getPictureTypeEnum()).isEqualTo(PictureType.PNG);
				assertThat(picture.getData()).startsWith(PNG_SIGNATURE);
			});
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int at = paragraphs.indexOf(paragraphs.stream()
				.filter(p -> p.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty()))
				.findFirst()
				.orElseThrow());
			assertThat(paragraphs.get(at - 1).getText()).startsWith(ExportFixtures.STATEMENT);
			assertThat(paragraphs.get(at + 1).getStyle()).isEqualTo("Caption");
			assertThat(paragraphs.get(at + 1).getText()).isEqualTo("그림 1. " + ExportFixtures.STATEMENT);
			assertThat(paragraphs.get(at + 2).getText()).isEqualTo("출처: 분야별 민원 접수 현황, 2025 민원 통계, Draftwave 계산");
			assertThat(paragraphs.get(at + 3).getText()).startsWith("교통·주차 민원은");
			assertThat(text(document.getFootnotes().get(0)))
				.contains("계산된 수치", ExportFixtures.STATEMENT, "표: 분야별 민원 접수 현황", "문서: 2025 민원 통계",
						"https://draftwave.example.go.kr/api/analyses/" + ExportFixtures.KEPT)
				.doesNotContain("보관 기간");
		}
	}

	@Test
	void should_leave_the_picture_out_and_say_so_in_the_footnote_when_the_analysis_has_expired() throws IOException {
		// when
		try (XWPFDocument document = read(exporter.export(ExportFixtures.figureDraft("ffffffffffffffff")))) {

			// then
			assertThat(document.getAllPictures()).isEmpty();
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.noneSatisfy(t -> assertThat(t).startsWith("그림 1."));
			assertThat(text(document.getFootnotes().get(0))).contains("계산된 수치", ExportFixtures.STATEMENT,
					"분석 결과의 보관 기간이 지나 그림을 넣지 못했습니다.");
		}
	}

	private static String text(XWPFFootnote footnote) {
		return footnote.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
	}

	private static XWPFDocument read(byte[] bytes) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

}

package io.draftwave.web;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy report drafted over the default corpus is fetched again as DOCX and HWPX: both
 * files open, carry the draft's headings and one footnote per citation; an unknown draft
 * is 404 and an unknown format 400, both as problems.
 */
class ExportApiIT extends ServiceWithDefaultCorpus {

	private static final Path EXPORTS = Path.of("target", "exports");

	@Test
	void should_export_a_written_draft_as_docx_with_one_footnote_per_citation() throws Exception {
		// given
		Map<String, Object> draft = policyReport();
		List<?> citations = (List<?>) draft.get("citations");

		// when
		EntityExchangeResult<byte[]> result = export((String) draft.get("draftId"), "docx");

		// then
		assertThat(result.getResponseHeaders().getContentType())
			.hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(result.getResponseHeaders().getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(result.getResponseHeaders().getContentDisposition().getFilename())
			.matches("draft-policy-report-\\d{4}-\\d{2}-\\d{2}\\.docx");
		keepForRendering(result);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(result.getResponseBody()))) {
			assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).isNotEmpty();
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.noneSatisfy(t -> assertThat(t).containsPattern("\\[\\d+\\]"));
			assertThat(document.getFootnotes()).hasSize(citations.size());
			List<String> notes = document.getFootnotes().stream().map(f -> f.getParagraphs().get(0).getText()).toList();
			for (Object citation : citations) {
				Map<?, ?> c = (Map<?, ?>) citation;
				assertThat(notes).as("footnote of citation %s", c.get("marker"))
					.anySatisfy(n -> assertThat(n).contains((String) c.get("title"), (String) c.get("url")));
			}
		}
	}

	@Test
	void should_export_a_written_draft_as_hwpx_with_one_footnote_per_citation() throws Exception {
		// given
		Map<String, Object> draft = policyReport();
		List<?> citations = (List<?>) draft.get("citations");

		// when
		EntityExchangeResult<byte[]> result = export((String) draft.get("draftId"), "hwpx");

		// then
		assertThat(result.getResponseHeaders().getContentType()).hasToString("application/hwp+zip");
		assertThat(result.getResponseHeaders().getContentDisposition().getFilename())
			.matches("draft-policy-report-\\d{4}-\\d{2}-\\d{2}\\.hwpx");
		Path file = keepForRendering(result);
		HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
		List<FootNote> footnotes = footnotes(hwpx);
		assertThat(footnotes).hasSize(citations.size());
		assertThat(TextExtractor.extract(hwpx, TextExtractMethod.InsertControlTextBetweenParagraphText, true,
				new TextMarks()))
			.contains("정책 보고서", "개요")
			.doesNotContainPattern("\\[\\d+\\]");
		// footnotes follow the text, whose first marker need not be [1] (a figure [1]
		// comes first in 현황, after 개요)
		Matcher first = Pattern.compile("\\[(\\d+)").matcher((String) draft.get("text"));
		assertThat(first.find()).isTrue();
		Map<?, ?> firstCited = citations.stream()
			.map(c -> (Map<?, ?>) c)
			.filter(c -> c.get("marker").equals(Integer.parseInt(first.group(1))))
			.findFirst()
			.orElseThrow();
		assertThat(TextExtractor.extractFrom(footnotes.get(0).subList(),
				TextExtractMethod.InsertControlTextBetweenParagraphText, new TextMarks()))
			.contains((String) firstCited.get("title"));
	}

	@Test
	void should_answer_404_with_a_problem_when_the_draft_is_unknown() {
		// when / then
		web.get()
			.uri("/api/drafts/no-such-draft/export?format=docx")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void should_answer_400_with_a_problem_when_the_format_is_unknown() {
		// given
		String draftId = (String) policyReport().get("draftId");

		// when / then
		web.get()
			.uri("/api/drafts/{id}/export?format=pdf", draftId)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("docx", "hwpx"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> policyReport() {
		Map<String, Object> draft = web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "policy-report", "instructions", "2024년 데이터 인재 양성 교육 참여 인원과 만족도 결과를 정리해 주세요"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) draft.get("citations")).isNotEmpty();
		return draft;
	}

	private EntityExchangeResult<byte[]> export(String draftId, String format) {
		return web.get()
			.uri("/api/drafts/{id}/export?format={format}", draftId, format)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
	}

	/**
	 * Writes the file to {@code target/exports}, where it can be opened or rendered after
	 * the build.
	 */
	private static Path keepForRendering(EntityExchangeResult<byte[]> result) throws Exception {
		Path file = EXPORTS.resolve(result.getResponseHeaders().getContentDisposition().getFilename());
		Files.createDirectories(EXPORTS);
		Files.write(file, result.getResponseBody());
		return file;
	}

	private static List<FootNote> footnotes(HWPXFile hwpx) {
		List<FootNote> footnotes = new ArrayList<>();
		for (Para para : hwpx.sectionXMLFileList().get(0).paras()) {
			for (Run run : para.runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof Ctrl ctrl) {
						for (CtrlItem ctrlItem : ctrl.ctrlItems()) {
							if (ctrlItem instanceof FootNote footNote) {
								footnotes.add(footNote);
							}
						}
					}
				}
			}
		}
		return footnotes;
	}

}

package io.draftwave.web;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer on the default corpus citing a computed figure as [1] is exported as DOCX and
 * HWPX: each file holds the figure's chart as a PNG picture, followed by its caption (그림
 * 1. and the statement) and its source line; the footnote says it is a computed figure.
 */
class FigureExportIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G' };

	private static final Path EXPORTS = Path.of("target", "exports");

	@Test
	void should_export_the_figure_of_an_answer_as_a_docx_picture_with_caption_and_source() throws Exception {
		// given
		Map<String, Object> figure = figureOf(answer());

		// when
		byte[] docx = export((String) figure.get("draftId"), "docx");

		// then
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getAllPictures()).singleElement().satisfies(picture -> {
				assertThat(picture.getPictureTypeEnum()).isEqualTo(PictureType.PNG);
				assertThat(picture.getData()).startsWith(PNG_SIGNATURE);
			});
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).contains("그림 1. " + figure.get("statement"))
				.anySatisfy(
						t -> assertThat(t).startsWith("출처: " + figure.get("title") + ", ").endsWith(", Draftwave 계산"));
			assertThat(document.getFootnotes().get(0).getParagraphs().get(0).getText()).contains("계산된 수치",
					(String) figure.get("statement"), "/api/analyses/" + figure.get("analysisId"));
		}
	}

	@Test
	void should_export_the_figure_of_an_answer_as_an_hwpx_picture_with_its_binary_item_and_caption() throws Exception {
		// given
		Map<String, Object> figure = figureOf(answer());

		// when
		export((String) figure.get("draftId"), "hwpx");

		// then
		Path file = EXPORTS.resolve("figure-answer.hwpx");
		HWPXFile read = HWPXReader.fromFilepath(file.toString());
		List<String> texts = new ArrayList<>();
		List<Picture> pictures = new ArrayList<>();
		for (Para para : read.sectionXMLFileList().get(0).paras()) {
			StringBuilder text = new StringBuilder();
			for (Run run : para.runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof T t && t.isOnlyText()) {
						text.append(t.onlyText());
					}
					if (item instanceof Picture picture) {
						pictures.add(picture);
					}
				}
			}
			texts.add(text.toString());
		}
		assertThat(pictures).hasSize(1);
		String itemId = pictures.getFirst().img().binaryItemIDRef();
		List<ManifestItem> items = new ArrayList<>();
		read.contentHPFFile().manifest().items().forEach(items::add);
		ManifestItem item = items.stream().filter(i -> itemId.equals(i.id())).findFirst().orElseThrow();
		assertThat(item.mediaType()).isEqualTo("image/png");
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertThat(zip.getInputStream(zip.getEntry(item.href())).readAllBytes()).startsWith(PNG_SIGNATURE);
		}
		assertThat(texts).contains("그림 1. " + figure.get("statement"))
			.anySatisfy(t -> assertThat(t).startsWith("출처: " + figure.get("title") + ", "));
	}

	/** The draft's id, and its figure citation's analysis id, title and statement. */
	private Map<String, Object> figureOf(Map<String, Object> draft) {
		Map<?, ?> citation = ((List<?>) draft.get("citations")).stream()
			.map(c -> (Map<?, ?>) c)
			.filter(c -> "figure".equals(c.get("type")))
			.findFirst()
			.orElseThrow();
		String analysisId = (String) citation.get("analysisId");
		String statement = (String) web.get()
			.uri("/api/analyses/{id}", analysisId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("statement");
		return Map.of("draftId", draft.get("draftId"), "analysisId", analysisId, "title", citation.get("title"),
				"statement", statement);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> answer() {
		return web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("kind", "answer", "instructions", QUESTION))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private byte[] export(String draftId, String format) throws Exception {
		byte[] bytes = web.get()
			.uri("/api/drafts/{id}/export?format={format}", draftId, format)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Files.createDirectories(EXPORTS);
		Files.write(EXPORTS.resolve("figure-answer." + format), bytes);
		return bytes;
	}

}

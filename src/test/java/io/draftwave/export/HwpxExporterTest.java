package io.draftwave.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HwpxExporterTest {

	private final HwpxExporter exporter = new HwpxExporter("", ExportFixtures.CLOCK, ExportFixtures.FIGURES);

	@TempDir
	Path dir;

	@Test
	void should_write_title_headings_and_body_when_a_korean_draft_is_exported() throws Exception {
		// given
		Path file = dir.resolve("draft.hwpx");

		// when
		Files.write(file, exporter.export(ExportFixtures.draft()));

		// then
		HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
		List<String> paragraphs = texts(section(hwpx));
		assertThat(paragraphs).contains("정책 보고서 2024. 11. 5.", "개요", "개선방안", "교육 과정");
		assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("2024년 데이터 인재 양성 교육에는 공무원 320명이 참여했다"))
			.noneSatisfy(p -> assertThat(p).contains("[1]"))
			.noneSatisfy(p -> assertThat(p).contains("##"));
	}

	@Test
	void should_write_one_footnote_per_citation_with_title_excerpt_and_link_when_markers_repeat() throws Exception {
		// given
		Path file = dir.resolve("draft.hwpx");

		// when
		Files.write(file, exporter.export(ExportFixtures.draft()));

		// then
		List<FootNote> footnotes = footnotes(section(HWPXReader.fromFilepath(file.toString())));
		assertThat(footnotes).hasSize(3);
		assertThat(String.join("", texts(footnotes.get(0).subList()))).contains("2024 데이터 인재 양성 교육 결과",
				"공무원 320명이 참여&수료", "/api/sources/doc-a%3A0");
		assertThat(String.join("", texts(footnotes.get(1).subList()))).contains("교육 만족도 조사", "만족도 <4.5점> 기록");
		assertThat(String.join("", texts(footnotes.get(2).subList()))).contains("2025 교육 계획");
	}

	@Test
	void should_embed_the_chart_as_a_picture_with_its_binary_item_caption_and_source_when_a_figure_is_cited()
			throws Exception {
		// given
		Path file = dir.resolve("figure.hwpx");

		// when
		Files.write(file, exporter.export(ExportFixtures.figureDraft(ExportFixtures.KEPT)));

		// then
		HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
		List<Para> paras = list(section(hwpx).paras());
		int at = -1;
		Picture picture = null;
		for (int i = 0; i < paras.size() && picture == null; i++) {
			for (Run run : paras.get(i).runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof Picture p) {
						picture = p;
						at = i;
					}
				}
			}
		}
		assertThat(picture).as("a picture control").isNotNull();
		assertThat(picture.pos().treatAsChar()).isTrue();
		String itemId = picture.img().binaryItemIDRef();
		ManifestItem item = list(hwpx.contentHPFFile().manifest().items()).stream()
			.filter(i -> i.id().equals(itemId))
			.findFirst()
			.orElseThrow();
		assertThat(item.href()).isEqualTo("BinData/" + itemId + ".png");
		assertThat(item.mediaType()).isEqualTo("image/png");
		assertThat(item.isEmbedded()).isTrue();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertThat(zip.getInputStream(zip.getEntry(item.href())).readAllBytes())
				.startsWith(DocxExporterTest.PNG_SIGNATURE);
		}
		List<String> texts = texts(section(hwpx));
		assertThat(texts.get(at - 1)).startsWith(ExportFixtures.STATEMENT);
		assertThat(texts.get(at + 1)).isEqualTo("그림 1. " + ExportFixtures.STATEMENT);
		assertThat(texts.get(at + 2)).isEqualTo("출처: 분야별 민원 접수 현황, 2025 민원 통계, Draftwave 계산");
		assertThat(String.join("", texts(footnotes(section(hwpx)).get(0).subList()))).contains("계산된 수치",
				ExportFixtures.STATEMENT, "분야별 민원 접수 현황", "/api/analyses/" + ExportFixtures.KEPT);
	}

	@Test
	void should_leave_the_picture_out_and_say_so_in_the_footnote_when_the_analysis_has_expired() throws Exception {
		// given
		Path file = dir.resolve("expired.hwpx");

		// when
		Files.write(file, exporter.export(ExportFixtures.figureDraft("ffffffffffffffff")));

		// then
		HWPXFile hwpx = HWPXReader.fromFilepath(file.toString());
		assertThat(list(hwpx.contentHPFFile().manifest().items()))
			.noneSatisfy(i -> assertThat(i.mediaType()).startsWith("image/"));
		assertThat(texts(section(hwpx))).noneSatisfy(t -> assertThat(t).startsWith("그림 1."));
		assertThat(String.join("", texts(footnotes(section(hwpx)).get(0).subList())))
			.contains("분석 결과의 보관 기간이 지나 그림을 넣지 못했습니다.");
	}

	private static <T> List<T> list(Iterable<T> items) {
		List<T> all = new ArrayList<>();
		items.forEach(all::add);
		return all;
	}

	private static ParaListCore section(HWPXFile file) {
		return file.sectionXMLFileList().get(0);
	}

	private static List<String> texts(ParaListCore list) {
		List<String> texts = new ArrayList<>();
		for (Para para : list.paras()) {
			StringBuilder text = new StringBuilder();
			for (Run run : para.runs()) {
				for (RunItem item : run.runItems()) {
					if (item instanceof T t && t.isOnlyText()) {
						text.append(t.onlyText());
					}
				}
			}
			texts.add(text.toString());
		}
		return texts;
	}

	private static List<FootNote> footnotes(ParaListCore list) {
		List<FootNote> footnotes = new ArrayList<>();
		for (Para para : list.paras()) {
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

package io.draftwave.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HwpxPreviewTest {

	private static final Path EXPORTS = Path.of("target", "exports");

	private final HwpxExporter exporter = new HwpxExporter("", ExportFixtures.CLOCK, ExportFixtures.FIGURES);

	@TempDir
	Path dir;

	@Test
	void should_render_title_headings_body_and_one_note_per_citation_when_an_exported_hwpx_is_read() throws Exception {
		// given
		Path file = dir.resolve("draft.hwpx");
		Files.write(file, exporter.export(ExportFixtures.draft()));

		// when
		String html = HwpxPreview.html(file);

		// then
		assertThat(html)
			.contains("font-family: 'Noto Sans CJK KR'", "정책 보고서 2024. 11. 5.", "개요", "개선방안", "교육 과정",
					"2024년 데이터 인재 양성 교육에는 공무원 320명이 참여했다", "font-weight: bold", "font-size: 18.0pt", "<sup>1</sup>",
					"<sup>2</sup>", "<sup>3</sup>")
			.doesNotContain("[1]", "##");
		assertThat(html.split("<div class=\"note\">", -1)).hasSize(4);
		assertThat(html.substring(html.indexOf("<div class=\"notes\">"))).contains("1) 2024 데이터 인재 양성 교육 결과",
				"공무원 320명이 참여&amp;수료", "/api/sources/doc-a%3A0", "2) 교육 만족도 조사", "만족도 &lt;4.5점&gt; 기록",
				"3) 2025 교육 계획");
	}

	@Test
	@EnabledIfSystemProperty(named = "draftwave.preview", matches = "true")
	void should_write_preview_html_of_the_latest_exported_hwpx_when_a_preview_is_asked_for() throws Exception {
		// given
		Path hwpx;
		try (Stream<Path> files = Files.list(EXPORTS)) {
			hwpx = files.filter(f -> f.toString().endsWith(".hwpx"))
				.max(Comparator.comparing(f -> f.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("no .hwpx in " + EXPORTS + "; run ExportApiIT first"));
		}

		// when
		HwpxPreview.write(hwpx, EXPORTS.resolve("preview.html"));

		// then
		assertThat(EXPORTS.resolve("preview.html")).content().contains("<div class=\"note\">");
	}

}

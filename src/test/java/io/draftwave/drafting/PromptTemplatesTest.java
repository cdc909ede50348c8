package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromptTemplatesTest {

	private static final Clock MARCH_14 = Clock.fixed(Instant.parse("2025-03-14T03:00:00Z"), ZoneId.of("Asia/Seoul"));

	private static final Map<DraftKind, List<String>> SECTIONS_KO = Map.of(DraftKind.PRESS_RELEASE,
			List.of("제목", "부제", "리드", "본문", "담당 부서/문의처"), DraftKind.POLICY_REPORT,
			List.of("개요", "현황", "문제점", "개선방안", "기대효과"), DraftKind.COMPLAINT_REPLY,
			List.of("인사", "요지 확인", "답변", "관련 근거", "추가 안내", "맺음"), DraftKind.MEMO, List.of("수신", "발신", "제목", "내용"),
			DraftKind.ANSWER, List.of("답변", "세부 내용"));

	private static final Map<DraftKind, List<String>> SECTIONS_EN = Map.of(DraftKind.PRESS_RELEASE,
			List.of("Title", "Subtitle", "Lead", "Body", "Contact"), DraftKind.POLICY_REPORT,
			List.of("Overview", "Current situation", "Problems", "Proposed improvements", "Expected effects"),
			DraftKind.COMPLAINT_REPLY,
			List.of("Greeting", "Summary of the request", "Reply", "Legal and factual basis", "Further information",
					"Closing"),
			DraftKind.MEMO, List.of("To", "From", "Subject", "Content"), DraftKind.ANSWER,
			List.of("Answer", "Details"));

	static Stream<Arguments> kindsAndLanguages() {
		return Stream.of(DraftKind.values())
			.flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_render_sources_instructions_and_sections_when_folder_has_the_template(DraftKind kind,
			Language language) {
		// given
		PromptTemplates templates = new PromptTemplates(Path.of("prompts"), MARCH_14);
		List<NumberedSource> sources = DraftingFixtures.sources(language);
		DraftRequest request = DraftingFixtures.request(kind, language);

		// when
		DraftPrompt prompt = templates.render(request, sources);

		// then
		String title = sources.getFirst().title();
		assertThat(prompt.user()).contains("[1] " + title + " — " + sources.getFirst().text().substring(0, 20))
			.contains("[2] " + sources.get(1).title())
			.contains(request.instructions())
			.doesNotContain("{{");
		assertThat(prompt.system()).doesNotContain("{{")
			.contains(language == Language.KO ? "2025. 3. 14." : "2025-03-14")
			.contains("[1]")
			.doesNotContain("## system");
		assertThat(prompt.sources()).isEqualTo(sources);
		assertInOrder(prompt.system(), (language == Language.KO ? SECTIONS_KO : SECTIONS_EN).get(kind));
		assertThat(templates.problems()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_mark_a_computed_figure_and_ask_for_it_to_be_quoted_when_a_source_is_one(DraftKind kind,
			Language language) {
		// given
		PromptTemplates templates = new PromptTemplates(Path.of("prompts"), MARCH_14);
		NumberedSource figure = DraftingFixtures.figure(1);
		List<NumberedSource> sources = List.of(figure, DraftingFixtures.sources(language).get(1).renumbered(2));

		// when
		DraftPrompt prompt = templates.render(DraftingFixtures.request(kind, language), sources);

		// then
		String mark = language == Language.KO ? "(계산된 수치)" : "(computed figure)";
		assertThat(prompt.user()).contains("[1] " + figure.title() + " " + mark + " — " + figure.text())
			.contains("[2] " + sources.get(1).title() + " — ");
		assertThat(prompt.system()).contains("\"" + mark + "\"");
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_use_built_in_template_when_folder_is_missing(DraftKind kind, Language language, @TempDir Path dir) {
		// given
		PromptTemplates templates = new PromptTemplates(dir.resolve("없는 폴더"), MARCH_14);
		DraftRequest request = DraftingFixtures.request(kind, language);

		// when
		DraftPrompt prompt = templates.render(request, DraftingFixtures.sources(language));

		// then
		assertThat(prompt.system()).isNotBlank().doesNotContain("{{");
		assertThat(prompt.user()).contains(request.instructions()).contains("[2] ");
	}

	@Test
	void should_use_edited_template_when_file_changes_without_restart(@TempDir Path dir) throws IOException {
		// given
		Path file = dir.resolve("memo.ko.md");
		Files.writeString(file, "## system\n첫 번째 지시 {{today}}\n## user\n{{sources}}\n{{instructions}}\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-14T00:00:00Z")));
		PromptTemplates templates = new PromptTemplates(dir, MARCH_14);
		DraftRequest request = DraftingFixtures.request(DraftKind.MEMO, Language.KO);
		String before = templates.render(request, DraftingFixtures.sources(Language.KO)).system();

		// when
		Files.writeString(file, "## system\n고친 지시 {{today}}\n## user\n{{sources}}\n{{instructions}}\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-14T00:01:00Z")));
		String after = templates.render(request, DraftingFixtures.sources(Language.KO)).system();

		// then
		assertThat(before).isEqualTo("첫 번째 지시 2025. 3. 14.");
		assertThat(after).isEqualTo("고친 지시 2025. 3. 14.");
	}

	@Test
	void should_report_line_and_use_built_in_when_placeholder_is_unknown(@TempDir Path dir) throws IOException {
		// given
		Path file = dir.resolve("answer.ko.md");
		Files.writeString(file, "# 메모\n\n## system\n답하십시오.\n오늘은 {{date}}입니다.\n## user\n{{sources}}\n");
		PromptTemplates templates = new PromptTemplates(dir, MARCH_14);

		// when
		DraftPrompt prompt = templates.render(DraftingFixtures.request(DraftKind.ANSWER, Language.KO),
				DraftingFixtures.sources(Language.KO));

		// then
		assertThat(prompt.system()).doesNotContain("답하십시오.").contains("세부 내용");
		assertThat(templates.problems()).singleElement()
			.asString()
			.contains(file + ":5:")
			.contains("{{date}}")
			.contains("built-in");
	}

	@Test
	void should_report_missing_section_and_recover_when_file_is_fixed(@TempDir Path dir) throws IOException {
		// given
		Path file = dir.resolve("memo.en.md");
		Files.writeString(file, "## system\nWrite a memo.\n{{sources}}\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-14T00:00:00Z")));
		PromptTemplates templates = new PromptTemplates(dir, MARCH_14);
		DraftRequest request = DraftingFixtures.request(DraftKind.MEMO, Language.EN);
		DraftPrompt broken = templates.render(request, DraftingFixtures.sources(Language.EN));
		List<String> reported = templates.problems();

		// when
		Files.writeString(file, "## system\nWrite a memo.\n## user\n{{sources}}\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-03-14T00:01:00Z")));
		DraftPrompt fixed = templates.render(request, DraftingFixtures.sources(Language.EN));

		// then
		assertThat(broken.system()).contains("Subject");
		assertThat(reported).singleElement().asString().contains(file + ":4:").contains("## user");
		assertThat(fixed.system()).isEqualTo("Write a memo.");
		assertThat(templates.problems()).isEmpty();
	}

	private static void assertInOrder(String text, List<String> names) {
		int at = -1;
		for (String name : names) {
			int next = text.indexOf(name, at + 1);
			assertThat(next).as("'%s' after position %d in%n%s", name, at, text).isGreaterThan(at);
			at = next;
		}
	}

}

package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.draftwave.corpus.Chunker;
import io.draftwave.corpus.DocumentReader;
import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extractive drafts of every kind over the default corpus, searched as the service
 * searches it. Each draft is written to {@code target/drafts/<kind>-<language>.md} for
 * reading.
 */
class DefaultCorpusDraftsTest {

	private static final Pattern DEBRIS = Pattern
		.compile("(?m)(?:\\b(?:date|source|title)\\s*:\\s|^Source:|\\S+:\\s*[^|\\n]+\\|\\s*\\S+:|^\\|.*\\||예시 자료이며)");

	private static LuceneIndex index;

	private static final ContentWords WORDS = new ContentWords();

	private final ExtractiveDrafter drafter = new ExtractiveDrafter(WORDS);

	private final CitationChecker checker = new CitationChecker(WORDS, CitationChecker.DEFAULT_SUPPORT_THRESHOLD);

	@BeforeAll
	static void indexCorpus() throws IOException {
		index = LuceneIndex.inMemory(IndexSettings.defaults());
		DocumentReader reader = DocumentReader.standalone(Chunker.DEFAULT_MAX_CHARS);
		try (Stream<Path> files = Files.list(Path.of("corpus"))) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
				DocumentReader.ReadDocument read = reader.read(file, name);
				index.index(new IndexedDocument(name, read.titleOr(name), read.text().passages()));
			}
		}
		index.commit();
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	static Stream<Arguments> requests() {
		return Stream.of(Arguments.of(DraftKind.PRESS_RELEASE, Language.KO, "빅데이터 웨이브 플랫폼을 소개하는 보도자료"),
				Arguments.of(DraftKind.PRESS_RELEASE, Language.EN,
						"Press release introducing the Big-Data Wave platform"),
				Arguments.of(DraftKind.POLICY_REPORT, Language.KO, "민원 데이터 분석 결과와 개선 방안 정책 보고서"),
				Arguments.of(DraftKind.POLICY_REPORT, Language.EN, "Policy report on the generative AI pilot"),
				Arguments.of(DraftKind.COMPLAINT_REPLY, Language.KO, "민원 처리 기한이 얼마나 되는지 알려 주세요"),
				Arguments.of(DraftKind.COMPLAINT_REPLY, Language.EN,
						"How long does the city take to answer a complaint?"),
				Arguments.of(DraftKind.MEMO, Language.KO, "민원 데이터 공유에 관한 내부 메모"),
				Arguments.of(DraftKind.MEMO, Language.EN, "Memo on the partner city delegation visit"),
				Arguments.of(DraftKind.ANSWER, Language.KO, "2024년 데이터 인재 양성 교육 참여 인원은 몇 명인가?"),
				Arguments.of(DraftKind.ANSWER, Language.EN, "How many officials took part in the training in 2025?"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("requests")
	void should_keep_debris_out_and_every_sentence_supported_when_drafting_over_the_default_corpus(DraftKind kind,
			Language language, String instructions) throws IOException {
		// given
		DraftPrompt prompt = prompt(kind, language, instructions);

		// when
		String text = draft(prompt);
		Files.createDirectories(Path.of("target/drafts"));
		Files.writeString(Path.of("target/drafts", kind.id() + "-" + language.name().toLowerCase() + ".md"),
				"<!-- " + instructions + " -->\n" + text + "\n");

		// then
		assertThat(text).doesNotContainPattern(DEBRIS);
		CitationChecker.CheckedText checked = checker.check(text, prompt.sources(), language, false);
		assertThat(checked.sentences()).allSatisfy(
				s -> assertThat(s.supported()).as(text.substring(s.start(), s.end()) + ": " + s.reason()).isTrue());
		assertThat(checked.citations()).isNotEmpty();
		assertThat(draft(prompt)).isEqualTo(text);
	}

	@Test
	void should_name_the_subject_in_title_and_subtitle_when_drafting_a_press_release() {
		// given
		DraftPrompt prompt = prompt(DraftKind.PRESS_RELEASE, Language.KO, "빅데이터 웨이브 플랫폼을 소개하는 보도자료");

		// when
		String text = draft(prompt);

		// then
		assertThat(section(text, "## 제목")).contains("빅데이터 웨이브");
		assertThat(section(text, "## 부제")).contains("빅데이터 웨이브").doesNotContainPattern("받아야|해야");
		assertThat(section(text, "## 리드")).containsPattern("\\d");
		assertThat(section(text, "## 담당 부서/문의처")).doesNotContain("date:", "source:");
	}

	@Test
	void should_not_both_cite_and_say_nothing_was_found_when_replying_to_a_complaint() {
		// given
		DraftPrompt prompt = prompt(DraftKind.COMPLAINT_REPLY, Language.KO, "민원 처리 기한이 얼마나 되는지 알려 주세요");

		// when
		String text = draft(prompt);

		// then
		assertThat(section(text, "## 답변")).containsPattern("\\[\\d+]");
		assertThat(section(text, "## 관련 근거")).containsPattern("\\[\\d+]").doesNotContain(DraftLayout.NOT_COVERED_KO);
	}

	@Test
	void should_give_figures_under_current_situation_when_drafting_a_policy_report() {
		// given
		DraftPrompt prompt = prompt(DraftKind.POLICY_REPORT, Language.KO, "민원 데이터 분석 결과와 개선 방안 정책 보고서");

		// when
		String text = draft(prompt);

		// then
		assertThat(section(text, "## 현황")).containsPattern("\\d+\\s*(?:건|%|명|일|회|종|곳|개)");
		assertThat(section(text, "## 개선방안")).containsPattern("개선|확대|도입|강화|추진|계획|방안|예정");
	}

	private DraftPrompt prompt(DraftKind kind, Language language, String instructions) {
		DraftRequest request = new DraftRequest(kind, instructions, language, Set.of(), DraftRequest.DEFAULT_K, false);
		List<NumberedSource> sources = new SourceSelector(index, WORDS, DraftingProperties.defaults()).select(request);
		assertThat(sources).as("sources for " + instructions).isNotEmpty();
		return new DraftPrompt(request, sources, "system", "user");
	}

	private String draft(DraftPrompt prompt) {
		return drafter.write(prompt)
			.ofType(DraftOutput.Text.class)
			.map(DraftOutput.Text::text)
			.collect(Collectors.joining())
			.block();
	}

	/** The lines under a heading, up to the next heading. */
	private static String section(String text, String heading) {
		int at = text.indexOf(heading + "\n");
		assertThat(at).as(heading).isNotNegative();
		int next = text.indexOf("\n## ", at + heading.length());
		return text.substring(at + heading.length(), next < 0 ? text.length() : next);
	}

}

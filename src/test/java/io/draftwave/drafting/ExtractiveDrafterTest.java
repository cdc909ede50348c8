package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

class ExtractiveDrafterTest {

	private static final Pattern CITED = Pattern.compile("(?:^|(?<=] ))(?:제목: |Subject: |- )?(.+?) \\[(\\d+)](?= |$)");

	private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

	private static final Map<DraftKind, List<String>> HEADINGS_KO = Map.of(DraftKind.PRESS_RELEASE,
			List.of("## 제목", "## 부제", "## 리드", "## 본문", "## 담당 부서/문의처"), DraftKind.POLICY_REPORT,
			List.of("## 개요", "## 현황", "## 문제점", "## 개선방안", "## 기대효과"), DraftKind.COMPLAINT_REPLY,
			List.of("## 인사", "## 요지 확인", "## 답변", "## 관련 근거", "## 추가 안내", "## 맺음"), DraftKind.MEMO,
			List.of("수신: ", "발신: ", "제목: ", "## 내용"), DraftKind.ANSWER, List.of("## 답변", "## 세부 내용"));

	private static final Map<DraftKind, List<String>> HEADINGS_EN = Map.of(DraftKind.PRESS_RELEASE,
			List.of("## Title", "## Subtitle", "## Lead", "## Body", "## Contact"), DraftKind.POLICY_REPORT,
			List.of("## Overview", "## Current situation", "## Problems", "## Proposed improvements",
					"## Expected effects"),
			DraftKind.COMPLAINT_REPLY,
			List.of("## Greeting", "## Summary of the request", "## Reply", "## Legal and factual basis",
					"## Further information", "## Closing"),
			DraftKind.MEMO, List.of("To: ", "From: ", "Subject: ", "## Content"), DraftKind.ANSWER,
			List.of("## Answer", "## Details"));

	private final ExtractiveDrafter drafter = new ExtractiveDrafter(new ContentWords());

	static Stream<Arguments> kindsAndLanguages() {
		return Stream.of(DraftKind.values())
			.flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_write_sections_in_order_with_verbatim_cited_sentences_when_sources_are_given(DraftKind kind,
			Language language) {
		// given
		DraftPrompt prompt = DraftingFixtures.prompt(kind, language);

		// when
		List<DraftOutput> output = drafter.write(prompt).collectList().block();

		// then
		assertThat(output).last().isEqualTo(new DraftOutput.Done("extractive", "extractive", null));
		String text = text(output);
		List<String> lines = List.of(text.split("\n"));
		assertThat(lines).filteredOn(l -> l.startsWith("## ") || l.matches("^(수신|발신|제목|To|From|Subject): .*"))
			.map(l -> l.startsWith("## ") ? l : l.substring(0, l.indexOf(": ") + 2))
			.containsExactlyElementsOf((language == Language.KO ? HEADINGS_KO : HEADINGS_EN).get(kind));
		List<String> cited = new ArrayList<>();
		for (String line : lines) {
			Matcher m = CITED.matcher(line);
			while (m.find()) {
				NumberedSource source = prompt.sources().get(Integer.parseInt(m.group(2)) - 1);
				assertThat(source.text() + "\n" + source.title()).as(line).contains(m.group(1));
				cited.add(m.group(1));
			}
		}
		assertThat(cited).hasSizeBetween(2, ExtractiveDrafter.MAX_SENTENCES + 1).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_keep_front_matter_rows_navigation_and_headings_out_when_sources_carry_them(DraftKind kind,
			Language language) {
		// given
		List<NumberedSource> sources = List.of(
				DraftingFixtures.source(1, "d-0", "d", "박람회 자료",
						SentenceCleanerTest.DEBRIS_KO + "\n" + DraftingFixtures.FAIR_KO),
				DraftingFixtures.source(2, "e-0", "e", "Fair notes",
						"Source: Hanbit Metropolitan City, Jobs Division\nHome > News > Fair\nKey figures\n"
								+ "Year: 2024 | Visitors: 1200\n" + DraftingFixtures.FAIR_EN));
		DraftPrompt prompt = new DraftPrompt(DraftingFixtures.request(kind, language), sources, "s", "u");

		// when
		String text = text(drafter.write(prompt).collectList().block());

		// then
		assertThat(text).doesNotContain("date:", "source:", "Source:", " | ", "홈 >", "Home >", "BW-CMP-002",
				"제공 데이터셋 규모", "Key figures", "예시 자료", "몇 종인가요");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ANSWER|## 답변", "POLICY_REPORT|## 현황", "PRESS_RELEASE|## 리드" })
	void should_state_the_figure_first_where_figures_belong_when_a_source_is_a_computed_figure(DraftKind kind,
			String section) {
		// given
		DraftRequest request = new DraftRequest(kind, "2023년 대비 2025년 교통·주차 민원 접수 건수 증가율", Language.KO, Set.of(), 8,
				false);
		List<NumberedSource> sources = List.of(DraftingFixtures.figure(1),
				DraftingFixtures.source(2, "c-0", "c", "민원 접수 현황 분야별 2023-2025",
						"연도: 2025 | 분야: 교통·주차 | 접수 건수: 54756\n연도: 2023 | 분야: 교통·주차 | 접수 건수: 52943"),
				DraftingFixtures.source(3, "s-0", "s", "민원 데이터 소개",
						"교통·주차 민원은 매년 가장 많이 접수됩니다. 분야별 세부 수치는 「민원 접수 현황 분야별 2023-2025」 CSV 파일에 있습니다. "
								+ "시는 교통·주차 민원을 줄이기 위해 주차 안내 서비스를 확대할 계획입니다."));
		DraftPrompt prompt = new DraftPrompt(request, sources, "s", "u");

		// when
		String text = text(drafter.write(prompt).collectList().block());

		// then
		assertThat(text).contains(section + "\n" + DraftingFixtures.FIGURE_STATEMENT_KO + " [1]")
			.doesNotContain(" | ", "계산 방법", "계산 결과", "CSV 파일에 있습니다");
		assertThat(text.indexOf(DraftingFixtures.FIGURE_STATEMENT_KO))
			.isEqualTo(text.lastIndexOf(DraftingFixtures.FIGURE_STATEMENT_KO));
		CitationChecker.CheckedText checked = new CitationChecker(new ContentWords(),
				CitationChecker.DEFAULT_SUPPORT_THRESHOLD)
			.check(text, sources, Language.KO, false);
		assertThat(checked.sentences()).allSatisfy(
				c -> assertThat(c.supported()).as(text.substring(c.start(), c.end()) + ": " + c.reason()).isTrue());
	}

	@Test
	void should_cite_the_documents_under_the_basis_when_no_source_states_a_rule() {
		// given
		DraftRequest request = new DraftRequest(DraftKind.COMPLAINT_REPLY, "박람회에서 채용된 청년 수", Language.KO, Set.of(), 8,
				false);
		List<NumberedSource> sources = List
			.of(DraftingFixtures.source(1, "fair-0", "fair", "청년 일자리 박람회 결과", DraftingFixtures.FAIR_KO));
		DraftPrompt prompt = new DraftPrompt(request, sources, "s", "u");

		// when
		String text = text(drafter.write(prompt).collectList().block());

		// then
		String basis = text.substring(text.indexOf("## 관련 근거"), text.indexOf("## 추가 안내"));
		assertThat(basis).contains("근거 자료:", "- 청년 일자리 박람회 결과 [1]").doesNotContain(DraftLayout.NOT_COVERED_KO);
		assertThat(text).contains("현장 면접을 거쳐 청년 143명이 채용되었다. [1]");
		// the drafter's own "근거 자료:" is no claim, and the cited titles are covered by
		// their sources
		CitationChecker.CheckedText checked = new CitationChecker(new ContentWords(),
				CitationChecker.DEFAULT_SUPPORT_THRESHOLD)
			.check(text, sources, Language.KO, false);
		assertThat(checked.sentences()).allSatisfy(
				c -> assertThat(c.supported()).as(text.substring(c.start(), c.end()) + ": " + c.reason()).isTrue());
	}

	@ParameterizedTest
	@MethodSource("kindsAndLanguages")
	void should_name_only_given_sources_and_repeat_itself_when_run_twice(DraftKind kind, Language language) {
		// given
		DraftPrompt prompt = DraftingFixtures.prompt(kind, language);

		// when
		String first = text(drafter.write(prompt).collectList().block());
		String second = text(drafter.write(prompt).collectList().block());

		// then
		assertThat(second).isEqualTo(first);
		List<Integer> markers = new ArrayList<>();
		MARKER.matcher(first).results().forEach(r -> markers.add(Integer.parseInt(r.group(1))));
		assertThat(markers).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1, prompt.sources().size()));
	}

	@Test
	void should_emit_one_piece_per_line_then_done_when_writing() {
		// given
		DraftPrompt prompt = DraftingFixtures.prompt(DraftKind.ANSWER, Language.KO);

		// when / then
		StepVerifier.create(drafter.write(prompt))
			.expectNext(new DraftOutput.Text("## 답변\n"))
			.thenConsumeWhile(
					out -> out instanceof DraftOutput.Text t && t.text().indexOf('\n') == t.text().lastIndexOf('\n')
							&& (t.text().indexOf('\n') < 0 || t.text().endsWith("\n")))
			.expectNext(new DraftOutput.Done("extractive", "extractive", null))
			.verifyComplete();
	}

	@Test
	void should_answer_first_with_most_relevant_sentence_when_kind_is_answer() {
		// given
		DraftRequest request = new DraftRequest(DraftKind.ANSWER, "현장 면접으로 채용된 청년 수", Language.KO, Set.of(), 8, false);
		DraftPrompt prompt = new DraftPrompt(request, DraftingFixtures.sources(Language.KO), "s", "u");

		// when
		String text = text(drafter.write(prompt).collectList().block());

		// then
		assertThat(text.lines().toList().get(1)).isEqualTo("현장 면접을 거쳐 청년 143명이 채용되었다. [1]");
	}

	@Test
	void should_route_problem_and_contact_sentences_to_their_sections_when_kind_has_them() {
		// given
		DraftPrompt prompt = DraftingFixtures.prompt(DraftKind.COMPLAINT_REPLY, Language.KO);

		// when
		String text = text(drafter.write(prompt).collectList().block());

		// then
		String furtherInfo = text.substring(text.indexOf("## 추가 안내"), text.indexOf("## 맺음"));
		assertThat(furtherInfo).contains("문의는 일자리정책과(전화 031-123-4567)로 하면 된다. [2]");
		String basis = text.substring(text.indexOf("## 관련 근거"), text.indexOf("## 추가 안내"));
		assertThat(basis).contains("「청년기본법」 제17조");
		assertThat(text).startsWith("## 인사\n안녕하십니까?");
	}

	private static String text(List<DraftOutput> output) {
		return output.stream()
			.filter(DraftOutput.Text.class::isInstance)
			.map(o -> ((DraftOutput.Text) o).text())
			.collect(Collectors.joining());
	}

}

package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.CitationChecker.CheckedText;
import io.draftwave.search.ContentWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationCheckerTest {

	static final ContentWords WORDS = new ContentWords();

	static final List<NumberedSource> SOURCES = List.of(
			source(1, "2024년 데이터 인재 양성 교육 참여 인원은 847명으로 집계되었으며, 전년 대비 12% 증가했다."),
			source(2, "시민 공원 조성 사업은 2025년 착공 예정이다."),
			source(3, "In 2024, 847 people took part in the data talent training programme."),
			source(4, "Construction of the citizens' park starts in 2025."), source(5, "교육 만족도는 4.5점으로 조사되었다."));

	static final String CLAIM = "2024년 데이터 인재 양성 교육 참여 인원은 847명이었다"; // 33 chars

	private final CitationChecker checker = new CitationChecker(WORDS, CitationChecker.DEFAULT_SUPPORT_THRESHOLD);

	static NumberedSource source(int number, String text) {
		return new NumberedSource(number, "doc" + number + "-0", "doc" + number, "문서 " + number, text, "발췌 " + number,
				null, 0, text.length());
	}

	@Test
	void should_support_sentence_when_cited_passage_says_the_same_with_other_endings() {
		// given
		String text = CLAIM + " [1].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, false);

		// then
		assertThat(checked.text()).isEqualTo(text);
		assertThat(checked.sentences()).containsExactly(new SentenceCheck(0, 38, List.of(1), true, null));
		assertThat(checked.citations()).containsExactly(Citation.of(SOURCES.get(0)));
		assertThat(checked.warnings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { DraftingFixtures.FIGURE_STATEMENT_KO + " [1]",
			"교통·주차 민원은 2025년 54756건으로 2023년보다 3.4% 증가해 분야 가운데 가장 가파르게 늘어났다 [1].",
			"2025년 교통·주차 민원은 약 3% 늘어 1,813건이 더 접수되었다 [1].", "교통·주차 민원 증가율은 3.40%였다 [1]." })
	void should_support_a_figure_sentence_when_its_numbers_are_the_results(String sentence) {
		// when
		CheckedText checked = checker.check(sentence, List.of(DraftingFixtures.figure(1)), Language.KO, false);

		// then
		assertThat(checked.sentences()).singleElement()
			.satisfies(c -> assertThat(c.supported()).as("%s", c.reason()).isTrue());
		assertThat(checked.citations()).singleElement().satisfies(c -> {
			assertThat(c.type()).isEqualTo(Citation.FIGURE);
			assertThat(c.analysisId()).isEqualTo("0123456789abcdef");
			assertThat(c.sourceId()).isEqualTo("figure-0123456789abcdef");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025년 교통·주차 민원 접수 건수는 55,000건으로 3.4% 늘었습니다 [1].|55,000",
			"2025년 교통·주차 민원 접수 건수는 54,756건으로 3.5% 늘었습니다 [1].|3.5", "2025년 교통·주차 민원 접수 건수는 54,756건으로 4% 늘었습니다 [1].|4" })
	void should_not_support_a_figure_sentence_when_a_number_is_not_the_results(String sentence, String figure) {
		// when
		CheckedText checked = checker.check(sentence, List.of(DraftingFixtures.figure(1)), Language.KO, false);

		// then
		assertThat(checked.sentences()).singleElement()
			.satisfies(c -> assertThat(c.reason())
				.isEqualTo("the figure " + figure + " does not appear in the cited passages"));
	}

	@Test
	void should_check_words_as_for_a_passage_when_a_sentence_citing_a_figure_states_none_of_its_numbers() {
		// given
		String sentence = "시민 공원 조성 사업은 2025년에 착공한다 [1].";

		// when
		CheckedText checked = checker.check(sentence, List.of(DraftingFixtures.figure(1)), Language.KO, false);

		// then
		assertThat(checked.sentences()).singleElement()
			.satisfies(c -> assertThat(c.reason()).startsWith("only ").endsWith("appear in the cited passages"));
	}

	@Test
	void should_not_support_sentence_when_it_cites_an_unrelated_passage() {
		// given
		String text = CLAIM + " [2].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, false);

		// then
		assertThat(checked.sentences()).containsExactly(new SentenceCheck(0, 38, List.of(2), false,
				"only 18% of its content words appear in the cited passages"));
	}

	@Test
	void should_lower_coverage_when_sentence_invents_a_number() {
		// given
		CitationChecker demanding = new CitationChecker(WORDS, 0.9);
		String faithful = CLAIM + " [1].";
		String invented = "2024년 데이터 인재 양성 교육 참여 인원은 851명이었다 [1].";

		// when
		CheckedText faithfulChecked = demanding.check(faithful, SOURCES, Language.KO, false);
		CheckedText inventedChecked = demanding.check(invented, SOURCES, Language.KO, false);

		// then
		assertThat(faithfulChecked.sentences()).extracting(SentenceCheck::supported).containsExactly(true);
		assertThat(inventedChecked.sentences()).extracting(SentenceCheck::reason)
			.containsExactly("only 81% of its content words appear in the cited passages");
	}

	@Test
	void should_support_english_sentence_when_cited_passage_agrees() {
		// given
		String text = "In 2024, 847 people took part in the training [3]. The park opens in 2025 [3].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.EN, false);

		// then
		assertThat(checked.sentences()).containsExactly(new SentenceCheck(0, 50, List.of(3), true, null),
				new SentenceCheck(51, 78, List.of(3), false,
						"only 0% of its content words appear in the cited passages"));
	}

	@Test
	void should_support_sentence_when_it_cites_the_right_english_passage() {
		// given
		String text = "The park opens in 2025 [4].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.EN, false);

		// then
		assertThat(checked.sentences()).containsExactly(new SentenceCheck(0, 27, List.of(4), true, null));
	}

	static Stream<Arguments> markerForms() {
		return Stream.of(Arguments.of(CLAIM + " [1][2]."), Arguments.of(CLAIM + " [1, 2]."),
				Arguments.of(CLAIM + "[2,1]."), Arguments.of(CLAIM + " ［1］［2］."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("markerForms")
	void should_union_cited_passages_and_list_citations_by_number_when_sentence_cites_two_sources(String text) {
		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, false);

		// then
		assertThat(checked.citations()).extracting(Citation::marker).containsExactly(1, 2);
		assertThat(checked.sentences()).singleElement().satisfies(s -> {
			assertThat(s.markers()).containsExactlyInAnyOrder(1, 2);
			assertThat(s.supported()).isTrue();
		});
	}

	@Test
	void should_remove_marker_and_warn_when_it_names_no_source() {
		// given
		String text = CLAIM + " [99]. 전년 대비 12% 증가했다 [1, 99].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, false);

		// then
		assertThat(checked.text()).isEqualTo(CLAIM + ". 전년 대비 12% 증가했다 [1].");
		assertThat(checked.warnings()).containsExactly("removed marker [99] 2 times: the draft has only 5 sources");
		assertThat(checked.sentences()).containsExactly(
				new SentenceCheck(0, 34, List.of(), false, "no citation for a factual claim"),
				new SentenceCheck(35, 54, List.of(1), true, null));
		assertThat(checked.citations()).extracting(Citation::marker).containsExactly(1);
	}

	static Stream<Arguments> sentenceSpans() {
		return Stream.of(Arguments.of("교육이 늘었다. [1] 예산도 늘었다 [2].", List.of(new int[] { 0, 12 }, new int[] { 13, 25 })),
				Arguments.of("교육이 늘었다.[1] 예산도 늘었다 [2].", List.of(new int[] { 0, 11 }, new int[] { 12, 24 })),
				Arguments.of("교육이 늘었다 [1]. 예산도 늘었다.[2]", List.of(new int[] { 0, 12 }, new int[] { 13, 24 })),
				Arguments.of("Enrolment rose. [3][1] Costs fell.", List.of(new int[] { 0, 22 }, new int[] { 23, 34 })),
				Arguments.of("교육이 늘었다.\n[1]", List.of(new int[] { 0, 12 })),
				Arguments.of("교육이 늘었다.\n[1] 예산도 늘었다.", List.of(new int[] { 0, 8 }, new int[] { 9, 21 })));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sentenceSpans")
	void should_give_marker_to_sentence_before_when_it_follows_final_punctuation(String text, List<int[]> spans) {
		// when
		CheckedText checked = checker.check(text, SOURCES, Language.detect(text), false);

		// then
		assertThat(checked.sentences()).extracting(s -> new int[] { s.start(), s.end() })
			.containsExactlyElementsOf(spans);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "안녕하십니까", "감사합니다.", "## 개요", "## 2024년 데이터 인재 양성 현황", "문의: 데이터정책과 (02-120-1234)",
			"Thank you.", "담당 부서: 데이터정책과 인재양성팀" })
	void should_support_sentence_without_marker_when_it_carries_no_claim(String text) {
		// when
		CheckedText checked = checker.check(text, SOURCES, Language.detect(text), false);

		// then
		assertThat(checked.sentences()).singleElement()
			.isEqualTo(new SentenceCheck(0, text.length(), List.of(), true, null));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "교육 참여가 크게 늘었다.", "참여 인원은 847명이었다.", "2024년 증가", "Enrolment rose sharply." })
	void should_not_support_sentence_without_marker_when_it_carries_a_claim(String text) {
		// when
		CheckedText checked = checker.check(text, SOURCES, Language.detect(text), false);

		// then
		assertThat(checked.sentences()).singleElement()
			.isEqualTo(new SentenceCheck(0, text.length(), List.of(), false, "no citation for a factual claim"));
	}

	@Test
	void should_remove_unsupported_sentences_and_shift_offsets_when_strict() {
		// given
		String text = "## 현황\n" + CLAIM + " [1]. 시민 공원은 2025년 착공한다 [1].\n교육 참여가 크게 늘었다.\n감사합니다.";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, true);

		// then
		assertThat(checked.text()).isEqualTo("## 현황\n" + CLAIM + " [1].\n감사합니다.");
		assertThat(checked.sentences()).containsExactly(new SentenceCheck(0, 5, List.of(), true, null),
				new SentenceCheck(6, 44, List.of(1), true, null), new SentenceCheck(45, 51, List.of(), true, null));
		assertThat(checked.warnings()).containsExactly("removed 2 unsupported sentences");
		assertThat(checked.sentences())
			.allSatisfy(s -> assertThat(checked.text().substring(s.start(), s.end())).doesNotStartWith(" ")
				.doesNotEndWith(" "));
	}

	@Test
	void should_drop_citation_of_removed_sentence_when_strict() {
		// given
		String text = CLAIM + " [1]. 시민 공원은 2025년 착공한다 [5].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, true);

		// then
		assertThat(checked.text()).isEqualTo(CLAIM + " [1].");
		assertThat(checked.citations()).extracting(Citation::marker).containsExactly(1);
		assertThat(checked.warnings()).containsExactly("removed 1 unsupported sentence");
	}

	@Test
	void should_keep_text_and_warn_nothing_when_strict_and_everything_is_supported() {
		// given
		String text = "안녕하십니까.\n" + CLAIM + " [1].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, true);

		// then
		assertThat(checked.text()).isEqualTo(text);
		assertThat(checked.sentences()).hasSize(2);
		assertThat(checked.warnings()).isEmpty();
	}

	@Test
	void should_list_citations_by_number_when_markers_appear_out_of_order() {
		// given
		String text = "참여 인원은 847명이었다 [3]. " + CLAIM + " [1]. 참여 인원은 847명이었다 [3].";

		// when
		CheckedText checked = checker.check(text, SOURCES, Language.KO, false);

		// then
		assertThat(checked.citations()).extracting(Citation::marker).containsExactly(1, 3);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(doubles = { 0, -0.1, 1.01, Double.NaN })
	void should_refuse_threshold_when_outside_zero_to_one(double threshold) {
		// when / then
		assertThatThrownBy(() -> new CitationChecker(WORDS, threshold)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("supportThreshold");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			참여 인원은 900명이었다 [1].                     | false | the figure 900 does not appear in the cited passages
			참여 인원은 84명이었다 [1].                      | false | the figure 84 does not appear in the cited passages
			2024년 참여 인원은 847명이었다 [1].              | true  |
			- 2024년 참여 인원은 847명이었다 [1].            | true  |
			예산은 1,000만 원이다 [2].                       | true  |
			""")
	void should_fail_a_sentence_when_a_figure_is_not_in_its_cited_passages(String sentence, boolean supported,
			String reason) {
		// given
		List<NumberedSource> sources = List.of(source(1, "2024년 데이터 인재 양성 교육 참여 인원은 847명으로 집계되었다."),
				source(2, "교육 예산은 1000만 원이다."));

		// when
		CheckedText checked = checker.check(sentence, sources, Language.KO, false);

		// then
		assertThat(checked.sentences()).hasSize(1);
		assertThat(checked.sentences().get(0).supported()).isEqualTo(supported);
		assertThat(checked.sentences().get(0).reason()).isEqualTo(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "제공된 자료에는 담당 부서 연락처에 관한 내용이 없습니다.", "자료에서 예산 규모는 확인되지 않습니다.",
			"The sources do not mention the budget for 2026.", "귀하의 가정에 건강과 행복이 가득하시기를 기원합니다.",
			"Thank you for writing to the city about the parking fees." })
	void should_accept_courtesy_lines_and_statements_of_missing_coverage_without_a_marker(String sentence) {
		// when
		CheckedText checked = checker.check(sentence, List.of(source(1, "아무 관련 없는 문장이다.")), Language.detect(sentence),
				false);

		// then
		assertThat(checked.sentences()).singleElement().satisfies(c -> assertThat(c.supported()).isTrue());
	}

}

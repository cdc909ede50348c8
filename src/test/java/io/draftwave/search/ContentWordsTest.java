package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentWordsTest {

	private final ContentWords words = new ContentWords();

	static Stream<Arguments> analysed() {
		return Stream.of(
				Arguments.of("2024년 참여 인원은 847명이었다", Language.KO,
						new String[] { "2024", "년", "참여", "인원", "847", "명", "이" }),
				Arguments.of("2024년 교육 참여 인원은 847명으로 집계됐다", Language.KO,
						new String[] { "2024", "년", "교육", "참여", "인원", "847", "명", "집계" }),
				Arguments.of("참여인원", Language.KO, new String[] { "참여", "인원" }),
				Arguments.of("API 서버를 Docker로 옮겼다", Language.KO, new String[] { "api", "서버", "docker", "옮기" }),
				Arguments.of("3.5% 증가했다", Language.KO, new String[] { "3", "5", "증가" }),
				Arguments.of("안녕하십니까", Language.KO, new String[] { "안녕" }),
				Arguments.of("Enrolment rose to 847 people in 2024", Language.EN,
						new String[] { "enrol", "rose", "847", "peopl", "2024" }),
				Arguments.of("The trainings were attended by the people", Language.EN,
						new String[] { "train", "were", "attend", "peopl" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("analysed")
	void should_give_stems_numbers_and_counters_in_order_when_text_is_analysed(String text, Language language,
			String[] expected) {
		// when
		var terms = words.of(text, language);

		// then
		assertThat(terms).containsExactly(expected);
	}

	@Test
	void should_give_same_stems_when_inflection_differs() {
		// given
		String sentence = "교육 참여 인원은 847명이었다";
		String passage = "교육 참여 인원이 847명으로 집계됐다";

		// when
		var sentenceWords = words.of(sentence, Language.KO);
		var passageWords = words.of(passage, Language.KO);

		// then
		assertThat(passageWords).containsAll(sentenceWords.stream().filter(w -> !w.equals("이")).toList());
	}

	@Test
	void should_count_each_word_once_when_it_repeats() {
		// given
		String text = "교육, 교육, 또 교육";

		// when
		var terms = words.of(text, Language.KO);

		// then
		assertThat(terms).containsExactly("교육");
	}

	@Test
	void should_analyse_as_korean_when_language_is_detected_from_hangul() {
		// given
		String text = "교육을 받았다 2024";

		// when
		var terms = words.of(text);

		// then
		assertThat(terms).containsExactly("교육", "받", "2024");
	}

	@Test
	void should_analyse_as_english_when_text_has_no_hangul() {
		// given
		String text = "Trainings were held";

		// when
		var terms = words.of(text);

		// then
		assertThat(terms).containsExactly("train", "were", "held");
	}

	@Test
	void should_give_no_words_when_text_is_blank_or_punctuation() {
		// when
		var korean = words.of(" .. ", Language.KO);
		var english = words.of("", Language.EN);

		// then
		assertThat(korean).isEmpty();
		assertThat(english).isEmpty();
	}

	@Test
	void should_give_same_words_when_used_from_many_threads() throws Exception {
		// given
		String text = "2024년 데이터 인재 양성 교육 참여 인원은 847명이었다";
		var expected = words.of(text, Language.KO);

		// when
		var results = Stream.generate(() -> CompletableFuture.supplyAsync(() -> words.of(text, Language.KO)))
			.limit(32)
			.toList();

		// then
		for (var result : results) {
			assertThat(result.get()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void should_give_nouns_in_order_with_compounds_whole_when_nouns_are_asked_for() {
		// when
		var nouns = words.nouns("공유 자전거가 인도에 방치되어 통행이 불편합니다");

		// then
		assertThat(nouns).containsExactly("공유", "자전거", "인도", "방치", "통행", "불편");
		assertThat(words.nounParts("공유 자전거가")).containsExactly("공유", "자전", "거");
	}

}

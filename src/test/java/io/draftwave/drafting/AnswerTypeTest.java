package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

	private final ContentWords words = new ContentWords();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2024년 교육 참여 인원은 몇 명인가?|COUNT", "데이터셋은 모두 몇 종인가요?|COUNT", "수료율은 얼마인가?|COUNT",
			"빅데이터 웨이브는 언제 개통했나요?|DATE", "임종석이 지명수배된 것은 몇 년도인가?|DATE", "교육은 몇 년 동안 진행되었나?|COUNT", "박람회는 어디에서 열렸나?|PLACE",
			"경진대회 대상은 누가 받았나?|PERSON", "생성형 AI 활용 지침의 목적은 무엇인가?|OTHER", "How many officials took part in 2025?|COUNT",
			"When did the platform open?|DATE", "Where was the job fair held?|PLACE", "Who won the grand prize?|PERSON",
			"What is the purpose of the guideline?|OTHER" })
	void should_tell_the_expected_answer_type_when_given_a_question(String question, AnswerType expected) {
		assertThat(AnswerType.of(question)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "참여 인원은 847명이었다.|COUNT|true", "수료율은 93.7%였다.|COUNT|true", "참여 인원이 크게 늘었다.|COUNT|false",
					"2022년 4월 1일 개통했다.|DATE|true", "곧 개통한다.|DATE|false", "박람회는 시청 광장에서 열렸다.|PLACE|true",
					"The fair was held in Hanbit.|PLACE|true", "대상은 김민수 팀장이 받았다.|PERSON|true",
					"The prize went to Jane Smith.|PERSON|true", "무엇이든 된다.|OTHER|false" })
	void should_find_the_answer_type_in_a_sentence_when_it_holds_one(String sentence, AnswerType type, boolean held) {
		assertThat(type.heldBy(sentence)).isEqualTo(held);
	}

	@Test
	void should_not_count_an_expression_the_question_already_names_when_checking_the_answer_type() {
		String question = "2025년 데이터 분석 경진대회 일정은?";
		assertThat(AnswerType.DATE.answeredBy("2025년 경진대회 대상 수상작은 체육시설 최적화이다.", question)).isFalse();
		assertThat(AnswerType.DATE.answeredBy("12개 팀이 9월 25일 본선 발표를 했다.", question)).isTrue();
		assertThat(AnswerType.DATE.heldBy("2025년 경진대회 대상 수상작은 체육시설 최적화이다.")).isTrue();
	}

	@Test
	void should_open_with_the_sentence_of_the_expected_type_when_two_sentences_share_the_question_words() {
		// given
		List<SourceSentence> candidates = sentences("박람회는 올해 시청 광장에서 청년과 기업이 함께 열었다.", "박람회는 올해 5월 12일 청년과 기업이 함께 열었다.",
				"참여 기업은 정보통신 분야가 가장 많았다.");
		String question = "박람회는 언제 열었나?";
		Set<String> wanted = words.of(question, Language.KO);

		// when
		Optional<SourceSentence> chosen = AnswerChoice.matching()
			.choose(question, wanted, candidates, new SentenceWeights(candidates));

		// then
		assertThat(chosen).map(SourceSentence::text).hasValue("박람회는 올해 5월 12일 청년과 기업이 함께 열었다.");
	}

	@Test
	void should_open_with_the_sentence_holding_the_rare_question_words_when_common_words_are_everywhere() {
		// given
		List<SourceSentence> candidates = sentences("2024년 교육은 시청 별관에서 열렸다.", "2024년 교육 예산은 전년과 같았다.",
				"2024년 교육 참여 인원은 847명으로 집계되었다.");
		String question = "2024년 교육 참여 인원은 몇 명인가?";

		// when
		Optional<SourceSentence> chosen = AnswerChoice.matching()
			.choose(question, words.of(question, Language.KO), candidates, new SentenceWeights(candidates));

		// then
		assertThat(chosen).map(SourceSentence::text).hasValue("2024년 교육 참여 인원은 847명으로 집계되었다.");
	}

	@Test
	void should_prefer_the_better_ranked_passage_when_sentences_match_alike() {
		// given
		List<SourceSentence> candidates = List.of(sentence(2, 1, 0, 0, "교육 참여 인원은 847명이었다."),
				sentence(1, 0, 3, 1, "교육 참여 인원은 861명이었다."));
		String question = "교육 참여 인원은 몇 명인가?";

		// when
		Optional<SourceSentence> chosen = AnswerChoice.matching()
			.choose(question, words.of(question, Language.KO), candidates, new SentenceWeights(candidates));

		// then
		assertThat(chosen).map(SourceSentence::source).hasValue(1);
	}

	private List<SourceSentence> sentences(String... texts) {
		List<SourceSentence> list = new java.util.ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			list.add(sentence(1, 0, i, i, texts[i]));
		}
		return list;
	}

	private SourceSentence sentence(int source, int rank, int position, int order, String text) {
		return new SourceSentence(source, rank, position, order, text, words.of(text, Language.KO), false);
	}

}

package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnswerQuestionTest {

	@Test
	void should_find_the_answer_when_spaces_and_markers_differ() {
		// given
		AnswerQuestion q = new AnswerQuestion("참여 인원은?", "a.md", null, List.of("847 명", "팔백"), null);

		// when / then
		assertThat(q.answeredBy("## 답변\n참여 인원은 847명이었다. [1]")).isTrue();
		assertThat(q.answeredBy("참여 인원은 84 [2] 7명이었다.")).isTrue();
		assertThat(q.answeredBy("참여 인원은 861명이었다. [1]")).isFalse();
	}

	@Test
	void should_match_the_pattern_over_squeezed_text_when_the_answer_is_a_pattern() {
		// given
		AnswerQuestion q = new AnswerQuestion("Level 3 과정의 교육 시간은?", "c.md", "Level 3", List.of(),
				Pattern.compile("40시간|교육 시간: 40"));

		// when / then
		assertThat(q.answeredBy("교육   시간: 40 [3]")).isTrue();
		assertThat(q.answeredBy("교육 시간: 24 [3]")).isFalse();
	}

	@Test
	void should_take_every_nth_judged_question_when_sampling_korquad() {
		// given
		BeirDataset dataset = new BeirDataset("k", List.of(new BeirDocument("p1", "t", "x")),
				List.of(new BeirQuery("q1", "a"), new BeirQuery("q2", "b"), new BeirQuery("q3", "c")),
				java.util.Map.of("q1", java.util.Map.of("p1", 1), "q2", java.util.Map.of("p1", 1), "q3",
						java.util.Map.of("p1", 1)));
		java.nio.file.Path answers = java.nio.file.Path.of("target", "answers-test.jsonl");

		// when
		List<AnswerQuestion> questions;
		try {
			java.nio.file.Files.createDirectories(answers.getParent());
			java.nio.file.Files.writeString(answers, """
					{"_id": "q1", "answers": ["a1"]}
					{"_id": "q2", "answers": ["b1"]}
					{"_id": "q3", "answers": ["c1", "c2"]}
					""");
			questions = AnswerQuestions.korquad(dataset, answers, 2, 10);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}

		// then
		assertThat(questions).extracting(AnswerQuestion::question).containsExactly("a", "c");
		assertThat(questions.get(1).answers()).containsExactly("c1", "c2");
		assertThat(questions.get(0).goldFile()).isEqualTo("p1.md");
	}

}

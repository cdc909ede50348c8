package io.draftwave.conversations;

import java.util.List;
import java.util.stream.IntStream;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context of a follow-up: the latest lines, cut, under a heading in the question's
 * language.
 */
class EarlierTurnsTest {

	@Test
	void should_append_the_latest_six_lines_on_one_line_each_when_there_are_more() {
		// given
		List<EarlierTurns.Line> earlier = IntStream.rangeClosed(1, 8)
			.mapToObj(i -> new EarlierTurns.Line(i % 2 == 1 ? "user" : "assistant", "줄 " + i + "\n  둘째 줄"))
			.toList();

		// when
		String asked = EarlierTurns.withContext("만족도는?", earlier, Language.KO);

		// then
		assertThat(asked).isEqualTo("""
				만족도는?

				이전 대화:
				user: 줄 3 둘째 줄
				assistant: 줄 4 둘째 줄
				user: 줄 5 둘째 줄
				assistant: 줄 6 둘째 줄
				user: 줄 7 둘째 줄
				assistant: 줄 8 둘째 줄""");
	}

	@Test
	void should_cut_a_long_line_and_head_the_context_in_english_for_an_english_question() {
		// given
		String longAnswer = "a".repeat(EarlierTurns.CONTEXT_TURN_CHARS + 50);

		// when
		String asked = EarlierTurns.withContext("And in 2025?",
				List.of(new EarlierTurns.Line("assistant", longAnswer), new EarlierTurns.Line("user", "  ")),
				Language.EN);

		// then
		assertThat(asked).isEqualTo("And in 2025?\n\nEarlier conversation:\nassistant: "
				+ "a".repeat(EarlierTurns.CONTEXT_TURN_CHARS) + "…");
		assertThat(EarlierTurns.withContext("질문", List.of(new EarlierTurns.Line("user", " ")), Language.KO))
			.isEqualTo("질문");
	}

}

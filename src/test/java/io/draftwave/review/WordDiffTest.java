package io.draftwave.review;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import io.draftwave.review.WordDiff.Change;
import io.draftwave.review.WordDiff.Piece;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

	@Test
	void should_mark_the_changed_word_when_one_figure_is_replaced() {
		// when
		List<Piece> pieces = WordDiff.between("참여 인원은 847명이다 [1].", "참여 인원은 850명이다 [1].");

		// then
		assertThat(pieces).containsExactly(new Piece(Change.EQUAL, "참여 인원은 "), new Piece(Change.DELETE, "847명이다"),
				new Piece(Change.INSERT, "850명이다"), new Piece(Change.EQUAL, " [1]."));
	}

	@Test
	void should_rebuild_both_texts_from_the_pieces_when_texts_are_random() {
		// given
		Random random = new Random(20);
		String[] words = { "교육", "참여", "847명", "[1]", "만족도", "4.6점", "\n", "보도자료" };
		for (int round = 0; round < 200; round++) {
			String before = randomText(random, words);
			String after = randomText(random, words);

			// when
			List<Piece> pieces = WordDiff.between(before, after);

			// then
			assertThat(join(pieces, Change.INSERT)).isEqualTo(before);
			assertThat(join(pieces, Change.DELETE)).isEqualTo(after);
		}
	}

	private static String randomText(Random random, String[] words) {
		StringBuilder text = new StringBuilder();
		int n = random.nextInt(12);
		for (int i = 0; i < n; i++) {
			text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "  ");
		}
		return text.toString();
	}

	/** The text of every piece but those of {@code leftOut}. */
	private static String join(List<Piece> pieces, Change leftOut) {
		return pieces.stream().filter(p -> p.change() != leftOut).map(Piece::text).collect(Collectors.joining());
	}

}

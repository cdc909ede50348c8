package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkerTrackerTest {

	/** Sources [1] to [5]. */
	static final List<NumberedSource> SOURCES = IntStream.rangeClosed(1, 5)
		.mapToObj(MarkerTrackerTest::source)
		.toList();

	static NumberedSource source(int number) {
		return new NumberedSource(number, "doc" + number + "-0", "doc" + number, "문서 " + number, "본문 " + number,
				"발췌 " + number, null, 0, 10);
	}

	static Stream<Arguments> wholeTexts() {
		return Stream.of(Arguments.of("늘었다[1].", "늘었다[1]."), Arguments.of("늘었다 [1, 2].", "늘었다 [1, 2]."),
				Arguments.of("늘었다 [1, 99].", "늘었다 [1]."), Arguments.of("rose [1,99, 2].", "rose [1, 2]."),
				Arguments.of("늘었다 [99].", "늘었다."), Arguments.of("늘었다 [99] 그리고", "늘었다 그리고"),
				Arguments.of("늘었다 [99]그리고", "늘었다 그리고"), Arguments.of("늘었다 [99]", "늘었다"),
				Arguments.of("늘었다 [99]\n다음", "늘었다\n다음"), Arguments.of("늘었다 [99][1].", "늘었다 [1]."),
				Arguments.of("늘었다 [99][98].", "늘었다."), Arguments.of("늘었다［99］.", "늘었다."),
				Arguments.of("늘었다［1］.", "늘었다［1］."), Arguments.of("늘었다 [0].", "늘었다."),
				Arguments.of("[참고] 붙임 문서", "[참고] 붙임 문서"), Arguments.of("[2024] 연보", "[2024] 연보"),
				Arguments.of("[[1]", "[[1]"), Arguments.of("참고[1", "참고[1"), Arguments.of("A  B ", "A  B "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wholeTexts")
	void should_keep_valid_markers_and_remove_unknown_numbers_when_text_is_processed_whole(String text,
			String expected) {
		// when
		String result = processWhole(text);

		// then
		assertThat(result).isEqualTo(expected);
	}

	@Test
	void should_hold_back_marker_start_when_piece_ends_inside_a_marker() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);

		// when
		var first = tracker.accept("참여 인원은 847명이었다 [");
		var second = tracker.accept("1, 9");
		var third = tracker.accept("9].");

		// then
		assertThat(first.text()).isEqualTo("참여 인원은 847명이었다");
		assertThat(second.text()).isEmpty();
		assertThat(third.text()).isEqualTo(" [1].");
		assertThat(third.citations()).containsExactly(Citation.of(SOURCES.get(0)));
		assertThat(tracker.dropped()).containsExactly(99);
	}

	@Test
	void should_release_bracket_unchanged_when_it_proves_not_to_be_a_marker() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);

		// when
		var first = tracker.accept("붙임 [1");
		var second = tracker.accept("-2] 참조");

		// then
		assertThat(first.text()).isEqualTo("붙임");
		assertThat(second.text()).isEqualTo(" [1-2] 참조");
		assertThat(second.citations()).isEmpty();
	}

	@Test
	void should_release_incomplete_marker_when_stream_finishes() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);
		tracker.accept("끝으로 [3, ");

		// when
		var last = tracker.finish();

		// then
		assertThat(last.text()).isEqualTo(" [3, ");
		assertThat(last.citations()).isEmpty();
		assertThat(tracker.finish().text()).isEmpty();
	}

	@Test
	void should_announce_each_source_once_in_order_of_first_appearance_when_markers_repeat() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);

		// when
		var first = tracker.accept("교육이 늘었다 [2, 1]. 예산도 늘었다 [1]");
		var second = tracker.accept("[3]. Enrolment rose [3][2].");

		// then
		assertThat(first.citations()).extracting(Citation::marker).containsExactly(2, 1);
		assertThat(second.citations()).extracting(Citation::marker).containsExactly(3);
		assertThat(second.citations().getFirst()).isEqualTo(Citation.of(SOURCES.get(2)));
	}

	@Test
	void should_count_every_dropped_number_when_unknown_numbers_repeat() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);

		// when
		tracker.accept("가 [99]. 나 [1, 99, 7]. 다 [6]");
		tracker.finish();

		// then
		assertThat(tracker.dropped()).containsExactly(99, 99, 7, 6);
	}

	@Test
	void should_refuse_pieces_when_stream_is_finished() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);
		tracker.finish();

		// when / then
		assertThatThrownBy(() -> tracker.accept("더")).isInstanceOf(IllegalStateException.class);
	}

	static Stream<String> streamedTexts() {
		return Stream.of("2024년 데이터 인재 양성 교육 참여 인원은 847명이었다 [1]. 전년 대비 12% 늘었다 [1, 99].",
				"## 개요\n예산은 [2][9] 증가했다.[3] 붙임 [참고] 자료 [2024] 참조 [99] 그리고 [ 4 ]",
				"In 2024, 847 people took part [1,2]. Spending rose [99]. See [note] and ［5］ [1 2 ",
				"[[1]] [99][98]. [1,, 2] 끝 [99]");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("streamedTexts")
	void should_give_same_text_as_whole_when_text_is_split_at_any_point(String text) {
		// given
		String whole = processWhole(text);

		for (int at = 0; at <= text.length(); at++) {
			// when
			String split = processPieces(List.of(text.substring(0, at), text.substring(at)));

			// then
			assertThat(split).as("split at %d", at).isEqualTo(whole);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("streamedTexts")
	void should_give_same_text_and_citations_as_whole_when_text_is_split_randomly(String text) {
		// given
		MarkerTracker wholeTracker = new MarkerTracker(SOURCES);
		List<Citation> wholeCitations = new ArrayList<>(wholeTracker.accept(text).citations());
		String whole = processWhole(text);
		Random random = new Random(20240917L);

		for (int round = 0; round < 200; round++) {
			List<String> pieces = randomPieces(text, random);
			MarkerTracker tracker = new MarkerTracker(SOURCES);
			StringBuilder out = new StringBuilder();
			List<Citation> citations = new ArrayList<>();

			// when
			for (String piece : pieces) {
				var step = tracker.accept(piece);
				out.append(step.text());
				citations.addAll(step.citations());
			}
			out.append(tracker.finish().text());

			// then
			assertThat(out.toString()).as("pieces %s", pieces).isEqualTo(whole);
			assertThat(citations).as("pieces %s", pieces).containsExactlyElementsOf(wholeCitations);
		}
	}

	@Test
	void should_show_text_up_to_marker_start_when_pieces_arrive() {
		// given
		MarkerTracker tracker = new MarkerTracker(SOURCES);

		// when
		var step = tracker.accept("늘었다[");

		// then
		assertThat(step.text()).isEqualTo("늘었다");
	}

	private static List<String> randomPieces(String text, Random random) {
		List<String> pieces = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int length = random.nextInt(0, 5);
			int end = Math.min(text.length(), at + length);
			pieces.add(text.substring(at, end));
			at = end;
		}
		return pieces;
	}

	private static String processWhole(String text) {
		return processPieces(List.of(text));
	}

	private static String processPieces(List<String> pieces) {
		MarkerTracker tracker = new MarkerTracker(SOURCES);
		StringBuilder out = new StringBuilder();
		pieces.forEach(p -> out.append(tracker.accept(p).text()));
		return out.append(tracker.finish().text()).toString();
	}

}

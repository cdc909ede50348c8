package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import io.draftwave.drafting.Markers.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkersTest {

	static Stream<Arguments> markers() {
		return Stream.of(Arguments.of("참여 인원은 847명이었다 [1].", List.of(new Marker(15, 18, List.of(1)))),
				Arguments.of("늘었다[1, 2].", List.of(new Marker(3, 9, List.of(1, 2)))),
				Arguments.of("늘었다[1,2].", List.of(new Marker(3, 8, List.of(1, 2)))),
				Arguments.of("늘었다[1][2].", List.of(new Marker(3, 6, List.of(1)), new Marker(6, 9, List.of(2)))),
				Arguments.of("늘었다［1］.", List.of(new Marker(3, 6, List.of(1)))),
				Arguments.of("늘었다 [ 3 ]", List.of(new Marker(4, 9, List.of(3)))),
				Arguments.of("rose [1 2]", List.of(new Marker(5, 10, List.of(1, 2)))),
				Arguments.of("rose [12, 999, 12]", List.of(new Marker(5, 18, List.of(12, 999, 12)))),
				Arguments.of("[[1]", List.of(new Marker(1, 4, List.of(1)))), Arguments.of("참여 인원은 847명이었다 [1, 2].[3]",
						List.of(new Marker(15, 21, List.of(1, 2)), new Marker(22, 25, List.of(3)))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("markers")
	void should_find_markers_with_offsets_and_numbers_when_text_cites_sources(String text, List<Marker> expected) {
		// when
		List<Marker> found = Markers.find(text);

		// then
		assertThat(found).containsExactlyElementsOf(expected);
		found.forEach(m -> assertThat(text.substring(m.start(), m.end())).matches("[\\[［].*[\\]］]"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "[참고] 붙임 문서", "[2024] 연보", "[1-2]", "[]", "[1,]", "[,1]", "[1\n]", "[1    2]", "(1)",
			"[a1]", "[1000]" })
	void should_find_nothing_when_brackets_are_not_markers(String text) {
		// when
		List<Marker> found = Markers.find(text);

		// then
		assertThat(found).isEmpty();
	}

	@Test
	void should_find_nothing_when_text_is_empty() {
		// when
		List<Marker> found = Markers.find("");

		// then
		assertThat(found).isEmpty();
	}

}

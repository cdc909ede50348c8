package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

	private final SentenceSplitter splitter = new SentenceSplitter();

	private static SentenceSplitter.Span span(int start, int end) {
		return new SentenceSplitter.Span(start, end);
	}

	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("회의를 개최함. 결과는 다음과 같습니다.", List.of(span(0, 8), span(9, 22))), // 함
																									// U+D568
				Arguments.of("Dr. Kim met Mr. Lee on 2024.3.1. at noon. It rained!",
						List.of(span(0, 41), span(42, 52))),
				Arguments.of("성장률은 3.5%이다.다음 해는 e.g. 4%임.", List.of(span(0, 12), span(12, 27))), // 다
																									// U+B2E4
																									// 임
																									// U+C784
				Arguments.of("J. K. Rowling wrote it. Next line\nsecond line",
						List.of(span(0, 23), span(24, 33), span(34, 45))),
				Arguments.of("No. 5 is here. He said no. Then left.", List.of(span(0, 14), span(15, 26), span(27, 37))),
				Arguments.of("어떻게 할까? 검토 바람.", List.of(span(0, 7), span(8, 14))), // 까
																					// U+AE4C
				Arguments.of("  \"정말요?\" 그렇습니다.  ", List.of(span(2, 8), span(9, 15))),
				Arguments.of("시행 예정임.(붙임 참조) 끝", List.of(span(0, 7), span(7, 16))), Arguments.of("   \n  ", List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void should_return_sentence_spans_when_text_has_korean_or_english_sentences(String text,
			List<SentenceSplitter.Span> expected) {
		// when
		List<SentenceSplitter.Span> spans = splitter.split(text);

		// then
		assertThat(spans).containsExactlyElementsOf(expected);
	}

}

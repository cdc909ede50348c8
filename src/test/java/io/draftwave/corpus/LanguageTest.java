package io.draftwave.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LanguageTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2024년 교육 참여 인원: 847               | KO | 1.0
			Big-Data Wave platform (빅데이터 웨이브)   | KO | 0.2692
			Big-Data Wave platform (웨이브)         | EN | 0.1364
			가abcd                                  | KO | 0.2
			가abcde                                 | EN | 0.1667
			847, 2024                              | EN | 0.0
			""")
	void should_call_text_korean_when_a_fifth_of_its_letters_are_hangul(String text, Language expected, double share) {
		// when
		Language detected = Language.detect(text);

		// then
		assertThat(detected).isEqualTo(expected);
		assertThat(Language.hangulShare(text)).isCloseTo(share, org.assertj.core.data.Offset.offset(0.0001));
	}

	@Test
	void should_read_a_wire_code_ignoring_case_and_space() {
		assertThat(Language.of(" EN ")).isEqualTo(Language.EN);
		assertThat(Language.of("ko")).isEqualTo(Language.KO);
	}

	@Test
	void should_throw_an_unknown_language_exception_holding_the_code_and_the_allowed_ones_when_the_code_is_neither() {
		// when
		UnknownLanguageException ex = catchThrowableOfType(UnknownLanguageException.class, () -> Language.of("fr"));

		// then
		assertThat(ex.value()).isEqualTo("fr");
		assertThat(ex.allowed()).containsExactly("ko", "en");
		assertThat(ex).hasMessage("language must be 'ko' or 'en', not 'fr'");
	}

}

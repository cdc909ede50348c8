package io.draftwave.tables;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionWordsTest {

	@ParameterizedTest(name = "{1} in {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2025년 교통·주차 처리 수치는?                  | 주차     | true
			2025년 교통·주차 처리 수치는?                  | 교통주차 | false
			2025년 교통·주차가 전체에서 차지하는 비중은?    | 교통주차 | false
			2025년 교통·주차가 전체에서 차지하는 비중은?    | 교통     | true
			주차 민원과 교통·주차 분야를 비교하면?          | 주차     | false
			2025년 주차 민원 처리일수 평균은?              | 주차     | false
			""")
	void should_tell_a_piece_of_a_dotted_category_from_a_category_named_on_its_own(String question, String value,
			boolean piece) {
		assertThat(new QuestionWords(question).onlyPieceOfDotted(value)).isEqualTo(piece);
	}

}

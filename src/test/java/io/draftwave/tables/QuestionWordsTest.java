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

	@ParameterizedTest(name = "{1} in {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2025년 주차장 수는?                         | 주차      | false
			2025년 주차 민원 처리일수 평균은?             | 주차      | true
			주차는 몇 건이었나요?                        | 주차      | true
			오픈 API를 제공하는 데이터셋은 몇 개?         | 제공      | true
			제공기관이 가장 많은 곳은?                   | 제공      | false
			How many data sets are in the environment field? | 환경 | true
			2025년 교통·주차가 차지하는 비중은?           | 교통·주차 | true
			""")
	void should_name_a_one_word_value_only_as_a_word_of_its_own(String question, String value, boolean named) {
		assertThat(new QuestionWords(question).namesValue(value)).isEqualTo(named);
	}

}

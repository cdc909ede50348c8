package io.draftwave.drafting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FigureQuestionTest {

	@ParameterizedTest
	@ValueSource(strings = { "2024년 데이터 인재 양성 교육 참여 인원은?", "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?",
			"2023년 대비 2025년 교통·주차 민원 접수 건수는 몇 퍼센트 늘었나요?", "레벨별 수료율이 가장 낮은 과정은?", "분야별 민원 동향과 개선 방안 보고서",
			"How many officials took part in the training in 2024?",
			"Which field had the highest number of complaints?", "The share of traffic complaints in 2025" })
	void should_see_a_request_for_figures(String instructions) {
		assertThat(FigureQuestion.asks(instructions)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "빅데이터 웨이브 오픈 API 인증키는 어떻게 받나요?", "2025 데이터 분석 경진대회 결과 보도자료", "민원 데이터 공유 관련 부서 협조 요청 메모",
			"공공데이터 개방 신청은 어떻게 하나요?", "How do I get an open API key?", "Write a press release about the platform" })
	void should_not_see_a_request_for_figures_where_none_is_asked(String instructions) {
		assertThat(FigureQuestion.asks(instructions)).isFalse();
	}

}

package io.draftwave.tables;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner on the default corpus's own tables and the questions officials asked of
 * them.
 */
class AnalysesCorpusTest {

	@TempDir
	static Path dir;

	static Tables tables;

	static Analyses analyses;

	@BeforeAll
	static void load() {
		tables = Tables.open(dir);
		for (String name : List.of("민원 접수 현황 분야별 2023-2025.csv", "training-participants-by-level-2023-2025.csv",
				"competition-winners-2024-2025.csv")) {
			Path file = Path.of("corpus", name);
			tables.load(name, name.replaceFirst("\\.csv$", ""), file);
		}
		analyses = new Analyses(tables);
	}

	@AfterAll
	static void close() {
		tables.close();
	}

	@Test
	void topThreeFieldsOf2025() {
		Analysis a = (Analysis) analyses.ask("2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?", null, List.of());

		assertThat(a.rows()).containsExactly(List.of("교통·주차", 54756.0), List.of("환경·청소", 29619.0),
				List.of("도로·시설물", 29034.0));
		assertThat(a.statement()).contains("교통·주차(54,756건)", "환경·청소(29,619건)", "도로·시설물(29,034건)");
		assertThat(a.sourceRows()).containsExactly(21, 22, 23);
		assertThat(a.chart().kind()).isEqualTo(ChartData.Kind.BAR);
		assertThat(a.sql()).contains("\"접수 건수\"", "\"연도\" = ?").doesNotContain("2025");
	}

	@Test
	void percentageChangeOfTrafficComplaints() {
		Analysis a = (Analysis) analyses.ask("2023년 대비 2025년 교통·주차 민원 접수 건수는 몇 퍼센트 늘었나요?", null, List.of());

		assertThat(a.figures()).containsExactly(54756.0, 52943.0, 1813.0, 3.4);
		assertThat(a.statement()).isEqualTo("2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다 3.4% 늘었습니다.");
		assertThat(a.sourceRows()).containsExactly(1, 21);
	}

	@Test
	void lowestCompletionRateByLevelLeavesTotalsOut() {
		Analysis a = (Analysis) analyses.ask("레벨별 수료율이 가장 낮은 과정은?", null, List.of());

		assertThat(a.figures()).containsExactly(89.2);
		assertThat(a.rows().getFirst().getFirst()).isEqualTo("공공데이터·통계 분석 심화");
		assertThat(a.description()).contains("연도 = 2025", "합계 행 제외");
	}

	@Test
	void aWordInsideAnotherWordIsNoIntent() {
		// 수상작은 holds 작은 (smaller), which must not turn "most" into "least"
		Analysis a = (Analysis) analyses.ask("2024년 상금이 가장 많은 수상작은?", null, List.of());

		assertThat(a.figures()).containsExactly(300.0);
		assertThat(((Plan.Rank) a.plan()).highest()).isTrue();
	}

	@Test
	void totalRowsAnswerForTheWholeAndRatesChangeInPoints() {
		Analysis whole = (Analysis) analyses.ask("2025년 전체 수료율은?", null, List.of());
		Analysis trend = (Analysis) analyses.ask("수료율 추이를 알려 주세요", null, List.of());

		assertThat(whole.figures()).containsExactly(93.7);
		assertThat(whole.sourceRows()).containsExactly(18);
		assertThat(trend.figures()).containsExactly(91.5, 92.8, 93.7, 1.1);
		assertThat(trend.statement()).contains("91.5%에서 93.7%까지", "연평균 1.1%p 늘었습니다");
	}

	@Test
	void englishQuestionGetsEnglishWords() {
		Analysis a = (Analysis) analyses.ask("Which three fields received the most complaints in 2025?", null,
				List.of());

		assertThat(a.figures()).containsExactly(54756.0, 29619.0, 29034.0);
		assertThat(a.statement()).startsWith("The 3 분야 values with the highest");
	}

	@Test
	void twoEqualMeasuresAskWhichOne() {
		Answer answer = analyses.ask("2025년 교통·주차 처리 수치는?", null, List.of());

		assertThat(answer).isInstanceOf(Clarification.class);
	}

	@Test
	void questionNoTableHoldsIsRefused() {
		Answer answer = analyses.ask("한빛광역시 인구 밀도는 얼마인가요?", null, List.of());

		assertThat(answer).isInstanceOf(NoTable.class);
	}

	@Test
	void yearOutsideTheTableIsNotGuessed() {
		Answer answer = analyses.ask("2026년 교통·주차 민원 접수 건수는?", null, List.of());

		assertThat(answer).isInstanceOf(Clarification.class);
		assertThat(((Clarification) answer).reason()).contains("2026");
	}

}

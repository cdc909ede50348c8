package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceCleanerTest {

	static final String DEBRIS_KO = """
			date: 2025-07-21 · source: 한빛광역시 데이터담당관실 보도자료
			홈 > 데이터 > 데이터셋 목록
			제공 데이터셋 규모
			※ 이 문서는 Draftwave 기본 말뭉치용 예시 자료이며, 수치와 사례는 가상입니다.
			데이터셋 ID: BW-CMP-002 | 데이터셋명: 민원 처리 기간 현황 | 갱신 주기: 주간
			| 기준일 | 전체 데이터셋 | 개방 |
			빅데이터 웨이브에서 제공하는 데이터셋은 모두 286종입니다.
			빅데이터 웨이브에서  제공하는 데이터셋은 모두 286종입니다.
			데이터셋은 몇 종인가요?
			문의: 데이터플랫폼팀 (내선 3531)""";

	private final SentenceCleaner cleaner = new SentenceCleaner(new ContentWords());

	@Test
	void should_keep_only_statements_and_contact_lines_when_sources_carry_debris() {
		// given
		List<NumberedSource> sources = List.of(DraftingFixtures.source(1, "d-0", "d", "빅데이터 웨이브", DEBRIS_KO),
				DraftingFixtures.source(2, "e-0", "e", "빅데이터 웨이브 소개", "빅데이터 웨이브에서 제공하는 데이터셋은 모두 286종입니다."));

		// when
		List<SourceSentence> sentences = cleaner.sentences(sources, Language.KO);

		// then
		assertThat(sentences).extracting(SourceSentence::text)
			.containsExactly("빅데이터 웨이브에서 제공하는 데이터셋은 모두 286종입니다.", "문의: 데이터플랫폼팀 (내선 3531)");
		assertThat(sentences).extracting(SourceSentence::contact).containsExactly(false, true);
		assertThat(sentences).extracting(SourceSentence::position).containsExactly(0, 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "date: 2026-01-05 · source: 시정 소식지", "source: 한빛광역시 데이터담당관실",
			"Source: Hanbit Metropolitan City, Data Policy Division", "title: 빅데이터 웨이브 소개", "연도: 2024 | 참여 인원: 847",
			"| 2024 | 847 | 93.7 |", "Home > Data > Datasets", "## 개요", "Key figures", "제공 데이터셋 규모",
			"출처 [3] 참조 문장입니다." })
	void should_drop_a_line_when_it_is_debris(String line) {
		assertThat(SentenceCleaner.isDebris(line, false)).isTrue();
	}

	@Test
	void should_leave_out_every_row_when_a_csv_document_is_a_passage() throws Exception {
		// given: rows as the corpus indexes a CSV file, one per line or run together
		List<String> rows = Files.readAllLines(Path.of("corpus", "민원 접수 현황 분야별 2023-2025.csv"))
			.stream()
			.skip(1)
			.map(line -> line.split(","))
			.map(c -> "연도: " + c[0] + " | 분야: " + c[1] + " | 접수 건수: " + c[2] + " | 비율(%): " + c[3] + " | 기한 내 처리율(%): "
					+ c[4] + " | 평균 처리일수(일): " + c[5] + " | 데이터기준일자: " + c[6] + " | 제공기관: " + c[7] + " | 자료 구분: "
					+ c[8])
			.toList();
		List<NumberedSource> sources = List.of(
				DraftingFixtures.source(1, "c-0", "c", "민원 접수 현황 분야별 2023-2025", String.join("\n", rows)),
				DraftingFixtures.source(2, "c-1", "c", "민원 접수 현황 분야별 2023-2025", String.join(" ", rows)),
				DraftingFixtures.source(3, "c-2", "c", "민원 접수 현황 분야별 2023-2025",
						"연도: 2025 | 분야: 건축·주택 | 접수 건수: 15004\n연도: 2025 | 접수 건수: 15004"));

		// when
		List<SourceSentence> sentences = cleaner.sentences(sources, Language.KO);

		// then
		assertThat(sentences).isEmpty();
	}

	@Test
	void should_give_the_statement_of_a_figure_alone_when_a_source_is_a_computed_figure() {
		// when
		List<SourceSentence> sentences = cleaner.sentences(List.of(DraftingFixtures.figure(1)), Language.KO);

		// then
		assertThat(sentences).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo(DraftingFixtures.FIGURE_STATEMENT_KO);
			assertThat(s.figure()).isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024년 교육 참여 인원은 847명으로 집계되었다.", "The fair drew 1,200 young jobseekers.",
			"민원 처리 기한은 민원 유형에 따라 다르며, 근무일 기준으로 접수한 다음 날부터 셉니다.", "신청은 인재개발원 교육 신청 시스템에서 받음" })
	void should_keep_a_line_when_it_is_a_statement(String line) {
		assertThat(SentenceCleaner.isDebris(line, false)).isFalse();
	}

}

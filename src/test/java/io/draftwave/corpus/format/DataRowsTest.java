package io.draftwave.corpus.format;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataRowsTest {

	@Test
	void should_open_with_a_korean_card_of_ranges_and_categories_when_the_table_is_korean() {
		// given
		List<List<String>> records = List.of(List.of("민원 접수 현황 (단위: 건)", ""),
				List.of("연도", "분야", "접수 건수", "참여 인원", "기준일"), List.of("2024", "교통·주차", "58,197", "352명", "2025-01-20"),
				List.of("2025", "교통·주차", "54756", "-", "2026.01.20"),
				List.of("2025", "환경·위생", "1,813", "8명", "2026-01-20"));

		// when
		List<Block> blocks = DataRows.blocks(records, null);

		// then
		assertThat(blocks.getFirst()).isEqualTo(Block.paragraph("""
				표 자료: 민원 접수 현황 (단위: 건) (3행, 열 5개)
				- 연도: 2024 ~ 2025
				- 분야 (2가지): 교통·주차, 환경·위생
				- 접수 건수: 1,813 ~ 58,197
				- 참여 인원 (명): 8 ~ 352
				- 기준일: 2025-01-20 ~ 2026-01-20"""));
		assertThat(blocks.subList(1, blocks.size())).extracting(Block::text)
			.containsExactly("연도: 2024 | 분야: 교통·주차 | 접수 건수: 58,197 | 참여 인원: 352명 | 기준일: 2025-01-20",
					"연도: 2025 | 분야: 교통·주차 | 접수 건수: 54756 | 참여 인원: - | 기준일: 2026.01.20",
					"연도: 2025 | 분야: 환경·위생 | 접수 건수: 1,813 | 참여 인원: 8명 | 기준일: 2026-01-20");
	}

	@Test
	void should_write_the_card_in_english_and_count_names_when_the_table_is_english() {
		// given
		List<List<String>> records = List.of(List.of("ID", "Data set", "Access"), List.of("P-1", "Population", "Open"),
				List.of("T-1", "Bus stops", "Open"), List.of("T-2", "Transfers", "Internal"));

		// when
		Block card = DataRows.blocks(records, "Sheet1").getFirst();

		// then
		assertThat(card.text()).isEqualTo("""
				Data table (3 rows, 3 columns)
				- ID: 3 distinct values, e.g. P-1, T-1, T-2
				- Data set: 3 distinct values, e.g. Population, Bus stops, Transfers
				- Access (2 values): Open, Internal""");
		assertThat(card.sheet()).isEqualTo("Sheet1");
	}

	@Test
	void should_mask_personal_data_in_free_text_columns_and_leave_short_cells_alone() {
		// given
		List<List<String>> records = List.of(List.of("접수일", "대표전화", "민원 내용"),
				List.of("2025-03-02", "02-120-1234", "가로등이 꺼져 있습니다. 연락처 010-1234-5678로 회신 부탁드립니다."),
				List.of("2025-03-03", "02-120-1234", "버스 정류장 의자가 부서졌습니다. 빠른 수리를 부탁드립니다."));

		// when
		List<Block> blocks = DataRows.blocks(records, null);

		// then
		assertThat(blocks).extracting(Block::text).noneMatch(text -> text.contains("010-1234-5678"));
		assertThat(blocks.get(1).text())
			.isEqualTo("접수일: 2025-03-02 | 대표전화: 02-120-1234 | 민원 내용: 가로등이 꺼져 있습니다. 연락처 [전화번호]로 회신 부탁드립니다.");
	}

	@Test
	void should_index_every_row_when_the_table_is_at_the_bound() {
		// given
		List<List<String>> records = new ArrayList<>();
		records.add(List.of("연도", "건수"));
		for (int i = 0; i < DataRows.MAX_INDEXED_ROWS; i++) {
			records.add(List.of("2025", Integer.toString(i)));
		}

		// when
		List<Block> blocks = DataRows.blocks(records, null);

		// then
		assertThat(blocks).hasSize(1 + DataRows.MAX_INDEXED_ROWS);
		assertThat(blocks.getFirst().text()).doesNotContain("색인된 행");
	}

	@Test
	void should_index_the_card_and_the_first_rows_only_when_the_table_is_large() {
		// given
		List<List<String>> records = new ArrayList<>();
		records.add(List.of("대여일자", "자치구", "대여 건수"));
		for (int i = 0; i < DataRows.MAX_INDEXED_ROWS + 500; i++) {
			records.add(List.of("2025-01-01", i % 2 == 0 ? "한빛구" : "누리구", Integer.toString(i)));
		}

		// when
		List<Block> blocks = DataRows.blocks(records, null);

		// then
		assertThat(blocks).hasSize(1 + DataRows.LARGE_TABLE_SAMPLE);
		assertThat(blocks.getFirst().text()).contains("(2,500행, 열 3개)", "- 대여 건수: 0 ~ 2,499",
				"색인된 행: 처음 200행 (전체 2,500행)");
		assertThat(blocks.getLast().text()).isEqualTo("대여일자: 2025-01-01 | 자치구: 누리구 | 대여 건수: 199");
	}

	@Test
	void should_index_the_card_alone_when_a_large_table_holds_free_texts() {
		// given complaints: a received day, a field and what the citizen wrote
		List<List<String>> records = new ArrayList<>();
		records.add(List.of("접수일", "분야", "민원 내용"));
		for (int i = 0; i < DataRows.MAX_INDEXED_ROWS + 1; i++) {
			records.add(
					List.of("2025-03-02", i % 2 == 0 ? "도로·교통" : "소음", "집 앞 가로등이 " + i + "일째 꺼져 있습니다. 빠른 수리를 부탁드립니다."));
		}

		// when
		List<Block> blocks = DataRows.blocks(records, null);

		// then
		assertThat(blocks).hasSize(1);
		assertThat(blocks.getFirst().text()).contains("(2,001행, 열 3개)", "색인된 행: 없음 (전체 2,001행은 표 분석으로 읽음)");
	}

}

package io.draftwave.tables;

import java.util.List;

import io.draftwave.corpus.DocumentTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Units written inside cells ({@code 352명}, {@code 300만 원}) and after headers. */
class ColumnTypingTest {

	@Test
	void should_type_counted_cells_as_numbers_with_their_unit_when_the_header_has_none() {
		// given the table of corpus/press-release-2024-training.html
		RawTable raw = new RawTable("d1", "2024년 과정별 교육 실적", "table 1",
				List.of(List.of("과정", "교육 시간", "참여 인원", "수료 인원", "달성률", "평균 기간"),
						List.of("Level 0", "8시간", "352명", "338명", "96.0%", "5.6일"),
						List.of("Level 1", "16시간", "1,218명", "203 명", "12.5%", "3일"),
						List.of("합계", "-", "1,570명", "541명", "-", "-")));

		// when
		ShapedTable shaped = TableShaper.shape(raw);

		// then
		assertThat(shaped.columns()).extracting(Column::type)
			.containsExactly(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER,
					ColumnType.DECIMAL, ColumnType.DECIMAL);
		assertThat(shaped.columns()).extracting(Column::unit).containsExactly("", "시간", "명", "명", "%", "일");
		assertThat(shaped.rows().get(1)).containsExactly("Level 1", 16L, 1218L, 203L, 12.5, 3.0);
		assertThat(shaped.totals()).containsExactly(false, false, true);
	}

	@Test
	void should_read_korean_amounts_in_won_when_cells_write_man_and_eok() {
		// given
		List<String> cells = List.of("300만 원", "200만원", "1억 2,000만 원", "5,000원", "-");

		// when
		Column column = ColumnTyping.column("상금", cells);

		// then
		assertThat(column.type()).isEqualTo(ColumnType.INTEGER);
		assertThat(column.unit()).isEqualTo("원");
		assertThat(cells).map(c -> ColumnTyping.value(column, c))
			.containsExactly(3_000_000L, 2_000_000L, 120_000_000L, 5_000L, null);
	}

	@Test
	void should_read_cells_in_the_headers_unit_when_both_state_one() {
		// given
		List<String> prize = List.of("300만 원", "200", "5,000,000원");
		List<String> rate = List.of("12.5%", "28.4");

		// when
		Column prizeColumn = ColumnTyping.column("상금(만 원)", prize);
		Column rateColumn = ColumnTyping.column("비율(%)", rate);

		// then
		assertThat(prizeColumn.unit()).isEqualTo("만 원");
		assertThat(prize).map(c -> ColumnTyping.value(prizeColumn, c)).containsExactly(300L, 200L, 500L);
		assertThat(rateColumn.type()).isEqualTo(ColumnType.DECIMAL);
		assertThat(rate).map(c -> ColumnTyping.value(rateColumn, c)).containsExactly(12.5, 28.4);
	}

	@Test
	void should_keep_a_column_as_text_when_its_cells_mix_units() {
		// when
		Column mixed = ColumnTyping.column("실적", List.of("8시간", "352명", "64종"));
		Column otherThanHeader = ColumnTyping.column("인원(명)", List.of("352명", "8시간"));

		// then
		assertThat(mixed.type()).isEqualTo(ColumnType.TEXT);
		assertThat(mixed.unit()).isEmpty();
		assertThat(otherThanHeader.type()).isEqualTo(ColumnType.TEXT);
		assertThat(otherThanHeader.unit()).isEqualTo("명");
	}

	@Test
	void should_keep_months_age_bands_and_codes_as_text_when_a_word_names_rather_than_counts() {
		// when
		Column months = ColumnTyping.column("기간", List.of("1월", "2월", "12월"));
		Column ages = ColumnTyping.column("연령대", List.of("20대", "30대"));
		Column codes = ColumnTyping.column("코드", List.of("012건", "013건"));
		Column counts = ColumnTyping.column("건수", List.of("1,200건", "64건", "3건"));

		// then
		assertThat(List.of(months, ages, codes)).extracting(Column::type).containsOnly(ColumnType.TEXT);
		assertThat(counts.type()).isEqualTo(ColumnType.INTEGER);
		assertThat(ColumnTyping.value(counts, "1,200건")).isEqualTo(1200L);
	}

	@Test
	void should_keep_a_document_table_when_its_figures_carry_units() {
		// given
		DocumentTable table = new DocumentTable(1, "2024년 과정별 교육 실적", List.of(List.of("과정", "교육 시간", "참여 인원"),
				List.of("Level 0", "8시간", "352명"), List.of("Level 1", "16시간", "218명")));

		// when
		List<RawTable> kept = DocumentTables.raw("d1", "보도자료", List.of(table));

		// then
		assertThat(kept).singleElement().extracting(RawTable::title).isEqualTo("2024년 과정별 교육 실적");
	}

}

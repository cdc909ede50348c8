package io.draftwave.corpus.format;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The blocks of one data table, a CSV/TSV file or an XLSX sheet, from its records. Lines
 * above the header with fewer cells than half the table's width are title lines
 * ({@code 한빛광역시 공공자전거 일별 대여 현황 (2023~2025)}); the next record is the header and every
 * following one a ROW block {@code "연도: 2024 | 참여 인원: 847"}. Before the rows comes the
 * table's card ({@link DataTableCard}), a PARAGRAPH block, so a search for what the table
 * holds finds it even when no single row says so.
 * <p>
 * Worked example: a 109,600-row CSV with a title line gives one card and 2,000 ROW
 * blocks; the rows past {@link #MAX_INDEXED_ROWS} are left out of the passages, not out
 * of the typed table, which the tables capability reads from the file itself.
 */
final class DataRows {

	/**
	 * The most data rows of one table that become ROW blocks. A larger table (a daily log
	 * of 100,000 rows) is indexed as its card and its first rows: one passage per handful
	 * of rows would make the index and the first start many times slower while a search
	 * for a single row of it rarely helps; its figures are asked of the typed table.
	 */
	static final int MAX_INDEXED_ROWS = 2_000;

	private DataRows() {
	}

	/**
	 * The card and the rows of the table, empty when the records hold no header.
	 * @param sheet the sheet name for the blocks, null for a CSV file
	 */
	static List<Block> blocks(List<List<String>> records, @Nullable String sheet) {
		List<List<String>> rows = records.stream().filter(r -> filled(r) > 0).toList();
		int width = rows.stream().mapToInt(DataRows::filled).max().orElse(0);
		int headerAt = 0;
		while (headerAt < rows.size() - 1 && filled(rows.get(headerAt)) < Math.max(2, (width + 1) / 2)) {
			headerAt++;
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> titleLines = rows.subList(0, headerAt)
			.stream()
			.map(r -> String.join(", ", r.stream().map(Rows::clean).filter(c -> !c.isEmpty()).toList()))
			.toList();
		List<String> header = rows.get(headerAt);
		List<List<String>> data = rows.subList(headerAt + 1, rows.size());
		List<Block> blocks = new ArrayList<>();
		if (!data.isEmpty()) {
			String card = DataTableCard.text(titleLines, header, data, Math.min(data.size(), MAX_INDEXED_ROWS));
			blocks.add(new Block(card, Block.Kind.PARAGRAPH, null, sheet));
		}
		for (List<String> record : data.subList(0, Math.min(data.size(), MAX_INDEXED_ROWS))) {
			String row = Rows.render(header, record);
			if (!row.isEmpty()) {
				blocks.add(new Block(row, Block.Kind.ROW, null, sheet));
			}
		}
		return blocks;
	}

	private static int filled(List<String> record) {
		return (int) record.stream().filter(c -> !c.isBlank()).count();
	}

}

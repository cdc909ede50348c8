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
 * Worked example: a 109,600-row CSV with a title line gives one card and 200 ROW blocks,
 * a 20,153-row complaint CSV (a free-text column) its card alone; the rows past
 * {@link #LARGE_TABLE_SAMPLE} are left out of the passages, not out of the typed table,
 * which the tables capability reads from the file itself. Personal data in free-text
 * columns is masked first ({@link FreeTextCells}).
 */
final class DataRows {

	/**
	 * A table with more data rows than this is large: it is indexed as its card and its
	 * first {@value #LARGE_TABLE_SAMPLE} rows (its card alone when a column is free
	 * text), not one passage per handful of rows. A daily log of 100,000 rows would
	 * otherwise make the index and the first start many times slower and crowd the other
	 * documents out of the results, while a search for one of its rows rarely helps; its
	 * figures are asked of the typed table.
	 */
	static final int MAX_INDEXED_ROWS = 2_000;

	/**
	 * The rows of a large table that become ROW blocks, after its card: enough to show
	 * its form in a citation. With all 2,000 first rows of the generated bicycle rentals
	 * in the default corpus, the held-out corpus questions lost 0.017 nDCG@10 (five
	 * questions one or two ranks down); with 200, none.
	 */
	static final int LARGE_TABLE_SAMPLE = 200;

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
		List<List<String>> data = FreeTextCells.masked(rows.subList(headerAt + 1, rows.size()));
		List<Block> blocks = new ArrayList<>();
		// a large table with a free-text column (20,000 complaints with their texts) is
		// its
		// card alone: its rows are what people wrote, not the city's statements, and as
		// passages they crowded the handling manual out of complaint replies, which then
		// cited other complaints; the table and complaint analyses read them
		int indexed = data.size() <= MAX_INDEXED_ROWS ? data.size()
				: FreeTextCells.freeTextColumns(data).isEmpty() ? LARGE_TABLE_SAMPLE : 0;
		if (!data.isEmpty()) {
			blocks.add(new Block(DataTableCard.text(titleLines, header, data, indexed), Block.Kind.PARAGRAPH, null,
					sheet));
		}
		for (List<String> record : data.subList(0, indexed)) {
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

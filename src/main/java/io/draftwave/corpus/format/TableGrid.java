package io.draftwave.corpus.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One table's cells placed on its grid, merged cells expanded: a cell spanning rows or
 * columns keeps its text at its top-left position, the positions it covers stay blank.
 * Worked example, a header cell {@code 2025년} with colspan 2 over {@code 접수} and
 * {@code 처리}:
 *
 * <pre>
 * 분야 | 2025년 |        ← rows().get(0): ["분야", "2025년", ""]
 *      | 접수   | 처리    ← rows().get(1): ["", "접수", "처리"]
 * </pre>
 *
 * Formats that give every cell its address (HWP, HWPX) {@link #put} cells there; HTML,
 * whose cells flow around earlier row spans, asks {@link #free} for the next open column.
 */
final class TableGrid {

	/** Spans above this are treated as this; a damaged file must not blow the grid up. */
	private static final int MAX_SPAN = 1_000;

	private final SortedMap<Integer, SortedMap<Integer, String>> cells = new TreeMap<>();

	private final Set<Long> covered = new HashSet<>();

	/** Places a cell at (row, column), covering {@code rowSpan × colSpan} positions. */
	void put(int row, int column, String text, int rowSpan, int colSpan) {
		cells.computeIfAbsent(row, r -> new TreeMap<>())
			.put(column, Normalizer.normalize(Rows.clean(text), Normalizer.Form.NFC));
		for (int r = row; r < row + clamp(rowSpan); r++) {
			for (int c = column; c < column + clamp(colSpan); c++) {
				covered.add(key(r, c));
			}
		}
	}

	/** The first column from {@code column} on that no cell placed before covers. */
	int free(int row, int column) {
		int c = column;
		while (covered.contains(key(row, c))) {
			c++;
		}
		return c;
	}

	/**
	 * Whether the table has at least two rows and two columns holding text: the rule that
	 * tells a data table from layout.
	 */
	boolean isGrid() {
		Set<Integer> columns = new HashSet<>();
		int rows = 0;
		for (SortedMap<Integer, String> row : cells.values()) {
			boolean filled = false;
			for (var cell : row.entrySet()) {
				if (!cell.getValue().isEmpty()) {
					columns.add(cell.getKey());
					filled = true;
				}
			}
			rows += filled ? 1 : 0;
		}
		return rows >= 2 && columns.size() >= 2;
	}

	/** The rows from the first to the last placed, each as wide as the table. */
	List<List<String>> rows() {
		int width = cells.values().stream().mapToInt(row -> row.lastKey() + 1).max().orElse(0);
		List<List<String>> rows = new ArrayList<>();
		if (cells.isEmpty()) {
			return rows;
		}
		for (int r = cells.firstKey(); r <= cells.lastKey(); r++) {
			SortedMap<Integer, String> placed = cells.getOrDefault(r, new TreeMap<>());
			List<String> row = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				row.add(placed.getOrDefault(c, ""));
			}
			rows.add(row);
		}
		return rows;
	}

	static int clamp(int span) {
		return Math.max(1, Math.min(span, MAX_SPAN));
	}

	private static long key(int row, int column) {
		return ((long) row << 32) | (column & 0xffffffffL);
	}

}

package io.draftwave.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.draftwave.corpus.format.FreeTextCells;

/**
 * Finds a raw table's header and data and types its columns. Worked example of a messy
 * sheet:
 *
 * <pre>
 * 한빛광역시 공공자전거 대여 현황 (단위: 건)     ← title line: fewer cells than the table, skipped
 * 자치구, 2025년,     ,                         ← upper header row, "2025년" merged over two columns
 *       , 대여 건수, 반납 건수                  ← lower header row
 * 한빛구, "12,345",  -                         ← separators read, "-" is missing
 * 합계,   "20,000",  "19,000"                  ← a total row, flagged
 * </pre>
 *
 * gives the columns {@code 자치구} (text), {@code 2025년 대여 건수} and {@code 2025년 반납 건수}
 * (integer). Weakness: a second header row is only recognised when the first has a blank
 * or repeated cell (a merged cell) and the second holds no number. Personal data in
 * free-text columns is masked before the cells are typed ({@link FreeTextCells}).
 */
final class TableShaper {

	static final Set<String> TOTAL_LABELS = Set.of("합계", "계", "총계", "소계", "총합", "전체합계", "total", "subtotal", "sum",
			"grandtotal", "합 계", "총 계");

	private TableShaper() {
	}

	static ShapedTable shape(RawTable raw) {
		List<List<String>> rows = nonEmptyRows(raw.cells());
		int width = rows.stream().mapToInt(TableShaper::filled).max().orElse(0);
		int start = 0;
		while (start < rows.size() && filled(rows.get(start)) < Math.max(2, (width + 1) / 2)) {
			start++;
		}
		int end = rows.size();
		while (end > start + 1 && filled(rows.get(end - 1)) <= 1 && width >= 3) {
			end--;
		}
		if (start >= end) {
			return new ShapedTable(raw, List.of(), List.of(), List.of());
		}
		List<String> upper = padded(rows.get(start), width);
		int dataStart = start + 1;
		List<String> names;
		if (dataStart + 1 < end && isSecondHeader(upper, padded(rows.get(dataStart), width))) {
			names = merged(upper, padded(rows.get(dataStart), width));
			dataStart++;
		}
		else {
			names = upper.stream().map(Cells::clean).toList();
		}
		List<List<String>> data = new ArrayList<>();
		for (int i = dataStart; i < end; i++) {
			data.add(padded(rows.get(i), width));
		}
		return typed(raw, uniqueNames(names), FreeTextCells.masked(data));
	}

	private static ShapedTable typed(RawTable raw, List<String> names, List<List<String>> data) {
		List<Column> columns = new ArrayList<>();
		for (int c = 0; c < names.size(); c++) {
			columns.add(ColumnTyping.column(names.get(c), column(data, c)));
		}
		List<Object[]> values = new ArrayList<>();
		List<Boolean> totals = new ArrayList<>();
		for (List<String> row : data) {
			Object[] typedRow = new Object[columns.size()];
			boolean total = false;
			for (int c = 0; c < columns.size(); c++) {
				typedRow[c] = ColumnTyping.value(columns.get(c), row.get(c));
				total |= columns.get(c).type() == ColumnType.TEXT && isTotalLabel(row.get(c));
			}
			values.add(typedRow);
			totals.add(total);
		}
		return new ShapedTable(raw, columns, values, totals);
	}

	static boolean isTotalLabel(String cell) {
		return TOTAL_LABELS.contains(Cells.clean(cell).replace(" ", "").toLowerCase(Locale.ROOT));
	}

	private static boolean isSecondHeader(List<String> upper, List<String> next) {
		boolean mergedLook = false;
		for (int c = 0; c < upper.size(); c++) {
			boolean blank = Cells.clean(upper.get(c)).isEmpty();
			boolean repeated = c > 0 && !blank && Cells.clean(upper.get(c)).equals(Cells.clean(upper.get(c - 1)));
			mergedLook |= (blank || repeated) && !Cells.clean(next.get(c)).isEmpty();
		}
		// a year ("2025년") heads a column; a number, with a unit or not, is data
		boolean noNumbers = next.stream()
			.allMatch(cell -> Cells.isMissing(cell) || Cells.amount(cell) == null || Cells.year(cell) != null);
		return mergedLook && noNumbers;
	}

	private static List<String> merged(List<String> upper, List<String> lower) {
		List<String> names = new ArrayList<>();
		String carried = "";
		for (int c = 0; c < upper.size(); c++) {
			String top = Cells.clean(upper.get(c));
			String bottom = Cells.clean(lower.get(c));
			if (!top.isEmpty()) {
				carried = top;
			}
			else if (bottom.isEmpty()) {
				carried = "";
			}
			String head = top.isEmpty() ? carried : top;
			names.add(bottom.isEmpty() || bottom.equals(head) ? head : (head.isEmpty() ? bottom : head + " " + bottom));
		}
		return names;
	}

	private static List<String> uniqueNames(List<String> names) {
		Set<String> seen = new HashSet<>();
		List<String> unique = new ArrayList<>();
		for (int c = 0; c < names.size(); c++) {
			String base = names.get(c).isEmpty() ? "열 " + (c + 1) : names.get(c);
			String name = base;
			for (int n = 2; !seen.add(name); n++) {
				name = base + " " + n;
			}
			unique.add(name);
		}
		return unique;
	}

	private static List<String> column(List<List<String>> data, int c) {
		return data.stream().map(row -> row.get(c)).toList();
	}

	private static List<List<String>> nonEmptyRows(List<List<String>> cells) {
		return cells.stream().filter(row -> filled(row) > 0).toList();
	}

	private static int filled(List<String> row) {
		return (int) row.stream().filter(c -> !Cells.clean(c).isEmpty()).count();
	}

	private static List<String> padded(List<String> row, int width) {
		List<String> out = new ArrayList<>(row.subList(0, Math.min(row.size(), width)));
		while (out.size() < width) {
			out.add("");
		}
		return out;
	}

	static boolean isWhole(BigDecimal n) {
		return n.stripTrailingZeros().scale() <= 0;
	}

}

package io.draftwave.corpus.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The card of a data table: what it holds, in a few lines a search index can match, in
 * Korean when its header or title is Korean, else in English. Worked example (the
 * complaints CSV of the default corpus):
 *
 * <pre>
 * 표 자료 (24행, 열 9개)
 * - 연도: 2023 ~ 2025
 * - 분야 (8가지): 교통·주차, 도로·시설물, 환경·위생, …
 * - 접수 건수: 1,813 ~ 58,197
 * - 평균 처리일수(일): 3.1 ~ 9.0
 * </pre>
 *
 * A column is a number column when all its cells are numbers, with the same unit after
 * them if any ({@code 352명} → unit {@code 명}); a date column when all are dates; a year
 * column when all are whole numbers from 1900 to 2100. A text column that repeats its
 * values and has at most {@value #MAX_CATEGORY_VALUES} distinct ones (a category) lists
 * them, in first-seen order; another (names, titles) gives their count and the first
 * {@value #EXAMPLES}. Weakness: {@code 300만 원} is read as text here (the tables
 * capability reads it as 3,000,000 원).
 */
final class DataTableCard {

	/** A text column with more distinct values than this is not listed in full. */
	static final int MAX_CATEGORY_VALUES = 20;

	static final int EXAMPLES = 3;

	private static final Pattern NUMBER = Pattern
		.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*([가-힣]{1,3}|%)?");

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?");

	private static final Set<String> MISSING = Set.of("-", "—", "–", "N/A", "n/a");

	private static final Pattern HANGUL = Pattern.compile("[가-힣]");

	private DataTableCard() {
	}

	/**
	 * @param titleLines lines above the header, possibly none
	 * @param rows the data rows below the header, at least one
	 * @param indexedRows how many of them become passages
	 */
	static String text(List<String> titleLines, List<String> header, List<List<String>> rows, int indexedRows) {
		String title = String.join(" ", titleLines);
		boolean korean = HANGUL.matcher(title + header).find();
		StringBuilder card = new StringBuilder(korean ? "표 자료" : "Data table");
		if (!title.isEmpty()) {
			card.append(": ").append(title);
		}
		card.append(korean ? " (" + grouped(rows.size()) + "행, 열 " + header.size() + "개)"
				: " (" + grouped(rows.size()) + " rows, " + header.size() + " columns)");
		for (int c = 0; c < header.size(); c++) {
			String name = Rows.clean(header.get(c));
			List<String> cells = column(rows, c);
			if (!cells.isEmpty()) {
				card.append("\n- ").append(name.isEmpty() ? (korean ? "열 " : "column ") + (c + 1) : name);
				card.append(summary(cells, korean));
			}
		}
		if (indexedRows == 0) {
			card.append(korean ? "\n색인된 행: 없음 (전체 " + grouped(rows.size()) + "행은 표 분석으로 읽음)"
					: "\nRows indexed: none (all " + grouped(rows.size()) + " are read by table analyses)");
		}
		else if (indexedRows < rows.size()) {
			card.append(korean ? "\n색인된 행: 처음 " + grouped(indexedRows) + "행 (전체 " + grouped(rows.size()) + "행)"
					: "\nRows indexed: the first " + grouped(indexedRows) + " of " + grouped(rows.size()));
		}
		return card.toString();
	}

	private static String summary(List<String> cells, boolean korean) {
		@Nullable String range = numberRange(cells);
		if (range == null) {
			range = dateRange(cells);
		}
		if (range != null) {
			return range;
		}
		Set<String> distinct = new LinkedHashSet<>(cells);
		// a category repeats its values; a column of names or titles, one per row, does
		// not
		if (distinct.size() <= MAX_CATEGORY_VALUES && distinct.size() < cells.size()) {
			return " (" + distinct.size() + (korean ? "가지): " : " values): ") + String.join(", ", distinct);
		}
		String examples = String.join(", ", distinct.stream().limit(EXAMPLES).toList());
		return korean ? ": 서로 다른 값 " + grouped(distinct.size()) + "개, 예: " + examples
				: ": " + grouped(distinct.size()) + " distinct values, e.g. " + examples;
	}

	private static @Nullable String numberRange(List<String> cells) {
		@Nullable BigDecimal min = null;
		@Nullable BigDecimal max = null;
		@Nullable String unit = null;
		for (String cell : cells) {
			Matcher m = NUMBER.matcher(cell);
			String cellUnit = m.matches() && m.group(2) != null ? m.group(2) : "";
			if (!m.matches() || (unit != null && !unit.equals(cellUnit))) {
				return null;
			}
			unit = cellUnit;
			BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
			min = min == null || n.compareTo(min) < 0 ? n : min;
			max = max == null || n.compareTo(max) > 0 ? n : max;
		}
		boolean years = unit.isEmpty() && min.scale() <= 0 && min.intValue() >= 1900 && max.intValue() <= 2100
				&& max.scale() <= 0;
		String suffix = unit.isEmpty() ? "" : " (" + unit + ")";
		return suffix + ": " + (years ? min + " ~ " + max : number(min) + " ~ " + number(max));
	}

	private static @Nullable String dateRange(List<String> cells) {
		List<LocalDate> dates = new ArrayList<>();
		for (String cell : cells) {
			Matcher m = DATE.matcher(cell);
			if (!m.matches()) {
				return null;
			}
			try {
				dates.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}
		return ": " + dates.stream().min(LocalDate::compareTo).orElseThrow() + " ~ "
				+ dates.stream().max(LocalDate::compareTo).orElseThrow();
	}

	private static List<String> column(List<List<String>> rows, int c) {
		return rows.stream()
			.map(r -> c < r.size() ? Rows.clean(r.get(c)) : "")
			.filter(cell -> !cell.isEmpty() && !MISSING.contains(cell))
			.toList();
	}

	private static String number(BigDecimal n) {
		return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
	}

	private static String grouped(int n) {
		return number(BigDecimal.valueOf(n));
	}

}

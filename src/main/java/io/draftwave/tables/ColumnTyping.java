package io.draftwave.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a column's type and unit from its header and cells, and reads cells as that
 * type. Units come from a bracketed header end: {@code 비율(%)} → label {@code 비율}, unit
 * {@code %}; {@code 평균 처리일수(일)} → {@code 일}; {@code 상금(만 원)} → {@code 만 원}. A number with
 * a leading zero ({@code 01234}) is a code, so its column stays text.
 */
final class ColumnTyping {

	private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[（]([^()\\[\\]（）]{1,12})[)\\]）]\\s*$");

	private static final Pattern YEAR_NAME = Pattern.compile(".*(연도|년도|기준년|year).*", Pattern.CASE_INSENSITIVE);

	private ColumnTyping() {
	}

	static Column column(String name, List<String> cells) {
		Matcher unit = UNIT.matcher(name);
		String label = unit.matches() ? unit.group(1) : name;
		String unitText = unit.matches() ? unit.group(2).strip() : "";
		return new Column(name, label.isEmpty() ? name : label, type(name, cells), unitText);
	}

	private static ColumnType type(String name, List<String> cells) {
		List<String> present = cells.stream().filter(c -> !Cells.isMissing(c)).map(Cells::clean).toList();
		if (present.isEmpty()) {
			return ColumnType.TEXT;
		}
		if (present.stream().allMatch(c -> c.endsWith("년") && Cells.year(c) != null)) {
			return ColumnType.YEAR;
		}
		if (present.stream().allMatch(c -> Cells.date(c) != null)) {
			return ColumnType.DATE;
		}
		if (present.stream()
			.anyMatch(c -> Cells.number(c) == null || (c.length() > 1 && c.startsWith("0") && !c.startsWith("0.")))) {
			return ColumnType.TEXT;
		}
		boolean whole = present.stream().allMatch(c -> TableShaper.isWhole(Cells.number(c)));
		if (whole && YEAR_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
				&& present.stream().allMatch(c -> Cells.year(c) != null)) {
			return ColumnType.YEAR;
		}
		return whole ? ColumnType.INTEGER : ColumnType.DECIMAL;
	}

	static Object value(ColumnType type, String cell) {
		if (Cells.isMissing(cell)) {
			return null;
		}
		return switch (type) {
			case TEXT -> Cells.clean(cell);
			case YEAR -> Cells.year(cell);
			case DATE -> Cells.date(cell);
			case INTEGER -> Cells.number(cell).longValueExact();
			case DECIMAL -> {
				BigDecimal n = Cells.number(cell);
				yield n.doubleValue();
			}
		};
	}

}

package io.draftwave.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides a column's type and unit from its header and cells, and reads cells as that
 * type. Units come from a bracketed header end: {@code 비율(%)} → label {@code 비율}, unit
 * {@code %}; {@code 평균 처리일수(일)} → {@code 일}; {@code 상금(만 원)} → {@code 만 원}. Without one,
 * they come from the cells when all that carry a unit carry the same: {@code 352명},
 * {@code 218명} → integer, unit {@code 명}; {@code 300만 원}, {@code 200만 원} → 3,000,000 and
 * 2,000,000, unit {@code 원}; {@code 8시간}, {@code 352명} → text. A number without a unit
 * among them is in that unit. A number with a leading zero ({@code 01234}) is a code, so
 * its column stays text.
 */
final class ColumnTyping {

	private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[（]([^()\\[\\]（）]{1,12})[)\\]）]\\s*$");

	private static final Pattern YEAR_NAME = Pattern.compile(".*(연도|년도|기준년|year).*", Pattern.CASE_INSENSITIVE);

	private ColumnTyping() {
	}

	static Column column(String name, List<String> cells) {
		Matcher unit = UNIT.matcher(name);
		String label = unit.matches() ? unit.group(1) : name;
		String headerUnit = unit.matches() ? unit.group(2).strip() : "";
		List<String> present = cells.stream().filter(c -> !Cells.isMissing(c)).map(Cells::clean).toList();
		String columnUnit = headerUnit.isEmpty() ? cellUnit(present) : headerUnit;
		ColumnType type = columnUnit == null ? ColumnType.TEXT : type(name, present, columnUnit);
		return new Column(name, label.isEmpty() ? name : label, type, type.isNumeric() ? columnUnit : headerUnit);
	}

	/** The one unit the cells carry, empty for none, null for several. */
	private static @Nullable String cellUnit(List<String> present) {
		List<String> units = present.stream()
			.map(Cells::amount)
			.filter(a -> a != null && !a.unit().isEmpty())
			.map(Cells.Amount::unit)
			.distinct()
			.limit(2)
			.toList();
		return units.size() > 1 ? null : units.isEmpty() ? "" : units.getFirst();
	}

	private static ColumnType type(String name, List<String> present, String unit) {
		if (present.isEmpty()) {
			return ColumnType.TEXT;
		}
		if (present.stream().allMatch(c -> c.endsWith("년") && Cells.year(c) != null)) {
			return ColumnType.YEAR;
		}
		if (present.stream().allMatch(c -> Cells.date(c) != null)) {
			return ColumnType.DATE;
		}
		List<BigDecimal> numbers = new ArrayList<>();
		for (String cell : present) {
			BigDecimal number = number(cell, unit);
			if (number == null) {
				return ColumnType.TEXT;
			}
			numbers.add(number);
		}
		boolean whole = numbers.stream().allMatch(TableShaper::isWhole);
		if (whole && unit.isEmpty() && YEAR_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
				&& present.stream().allMatch(c -> Cells.year(c) != null)) {
			return ColumnType.YEAR;
		}
		return whole ? ColumnType.INTEGER : ColumnType.DECIMAL;
	}

	private static @Nullable BigDecimal number(String cell, String unit) {
		Cells.Amount amount = Cells.amount(cell);
		return amount == null ? null : amount.in(unit);
	}

	static @Nullable Object value(Column column, String cell) {
		if (Cells.isMissing(cell)) {
			return null;
		}
		return switch (column.type()) {
			case TEXT -> Cells.clean(cell);
			case YEAR -> Cells.year(cell);
			case DATE -> Cells.date(cell);
			case INTEGER -> number(cell, column.unit()).longValueExact();
			case DECIMAL -> number(cell, column.unit()).doubleValue();
		};
	}

}

package io.draftwave.tables;

/**
 * How a measure column's values are written: unit shown after a number, decimals, and
 * whether it is a rate (its change is in percentage points, it is not summed over
 * categories).
 */
final class Measures {

	private Measures() {
	}

	/**
	 * The unit written after a number: {@code %}, {@code 건} for {@code 접수 건수}, {@code 명}
	 * for {@code 참여 인원}.
	 */
	static String unit(Column column) {
		String unit = column.unit();
		if (unit.contains("점")) {
			return "점";
		}
		if (!unit.isEmpty()) {
			return unit.equals("%") ? "%" : unit;
		}
		String label = column.label();
		if (label.endsWith("건수") || label.endsWith("건")) {
			return "건";
		}
		if (label.endsWith("인원") || label.endsWith("인구") || label.endsWith("수강생")) {
			return "명";
		}
		return "";
	}

	static boolean isRate(Column column) {
		String label = column.label();
		return column.unit().equals("%") || label.endsWith("율") || label.endsWith("률") || label.endsWith("비율")
				|| column.unit().contains("점") || label.startsWith("평균") || label.endsWith("만족도");
	}

	static int decimals(Column column, Plan.Function function) {
		if (function == Plan.Function.COUNT) {
			return 0;
		}
		if (column.type() == ColumnType.INTEGER) {
			return function == Plan.Function.AVERAGE ? 1 : 0;
		}
		return 2;
	}

	/**
	 * The number with grouping and its unit: {@code 54,756건}, {@code 28.1%},
	 * {@code 300만 원}.
	 */
	static String withUnit(double value, Column column, Plan.Function function, boolean korean) {
		String number = Numbers.grouped(value, decimals(column, function));
		String unit = function == Plan.Function.COUNT ? (korean ? "개" : "") : unit(column);
		if (!korean && !unit.equals("%")) {
			return number;
		}
		return number + unit;
	}

}

package io.draftwave.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan into one SQL query with bound parameters, after checking every column it
 * names against the table (unknown columns, a text column summed, a value of the wrong
 * type are refused with {@link TableException}). The query is also built with two more
 * columns on every result row, so the source rows come from the same scan of the filtered
 * rows: how many rows the row was computed from, and the first
 * {@value Analysis#MAX_SOURCE_ROWS} of their {@code _row} numbers, ascending (DuckDB's
 * {@code min(arg, n)}). For a rank these are the rows of the ranked categories only.
 */
final class PlanSql {

	/**
	 * A result query, the same query with the two source columns after the result's, and
	 * the values bound to both.
	 */
	record Query(String sql, List<Object> parameters, String withSources) {
	}

	/** Every row counts, and every row's number is listed. */
	private static final String SOURCES = ", COUNT(*), min(\"_row\", " + Analysis.MAX_SOURCE_ROWS + ")";

	private final TableInfo table;

	private final String from;

	PlanSql(TableInfo table) {
		this.table = table;
		this.from = " FROM " + Sql.dataTable(table.tableId());
	}

	Query build(Plan plan) {
		return switch (plan) {
			case Plan.Aggregate a -> aggregate(a);
			case Plan.Rank r -> rank(r);
			case Plan.Change c -> change(c);
			case Plan.Share s -> share(s);
			case Plan.Trend t -> trend(t);
			case Plan.Computed c -> throw new TableException(
					"the plan " + c.method() + " was computed outside SQL and cannot be run as a query");
		};
	}

	private Query aggregate(Plan.Aggregate plan) {
		List<Object> params = new ArrayList<>();
		String where = where(plan.filters(), plan.rows(), params);
		String measure = Sql.identifier(measure(plan.measure(), plan.function()).name());
		// the rows without a value of the measure are counted in "rows" but are no source
		String sources = ", COUNT(" + measure + "), min(\"_row\", " + Analysis.MAX_SOURCE_ROWS + ") FILTER (WHERE "
				+ measure + " IS NOT NULL)";
		return query("SELECT " + function(plan.function(), plan.measure()) + " AS value, COUNT(*) AS rows", sources,
				where, "", params);
	}

	private Query rank(Plan.Rank plan) {
		Column category = column(plan.category());
		if (category.type().isNumeric()) {
			throw new TableException("cannot rank by the number column " + category.name());
		}
		List<Object> params = new ArrayList<>();
		String where = where(plan.filters(), Plan.Rows.DETAIL, params) + " AND " + Sql.identifier(category.name())
				+ " IS NOT NULL AND " + Sql.identifier(measure(plan.measure(), plan.function()).name())
				+ " IS NOT NULL";
		String cat = Sql.identifier(category.name());
		params.add((long) plan.limit());
		// each ranked category's row carries its own source rows; categories cut by the
		// limit carry none
		return query("SELECT " + cat + ", " + function(plan.function(), plan.measure()) + " AS value", SOURCES, where,
				" GROUP BY " + cat + " ORDER BY value " + (plan.highest() ? "DESC" : "ASC") + ", " + cat + " LIMIT ?",
				params);
	}

	private Query change(Plan.Change plan) {
		List<Object> params = new ArrayList<>();
		String period = period(plan.period());
		String where = where(plan.filters(), plan.rows(), params) + " AND " + period + " IN (?, ?) AND "
				+ Sql.identifier(measure(plan.measure(), plan.function()).name()) + " IS NOT NULL";
		params.add(plan.from());
		params.add(plan.to());
		return query("SELECT " + period + " AS period, " + function(plan.function(), plan.measure()) + " AS value",
				SOURCES, where, " GROUP BY period ORDER BY period", params);
	}

	private Query share(Plan.Share plan) {
		Column category = column(plan.category());
		if (category.type() != ColumnType.TEXT) {
			throw new TableException("a share needs a category column, not " + category.name());
		}
		List<Object> params = new ArrayList<>();
		params.add(plan.value());
		String measure = Sql.identifier(measure(plan.measure(), Plan.Function.SUM).name());
		String where = where(plan.filters(), Plan.Rows.DETAIL, params) + " AND " + measure + " IS NOT NULL";
		return query("SELECT SUM(CASE WHEN " + Sql.identifier(category.name()) + " = ? THEN " + measure
				+ " END) AS part, SUM(" + measure + ") AS whole", SOURCES, where, "", params);
	}

	private Query trend(Plan.Trend plan) {
		List<Object> params = new ArrayList<>();
		String period = period(plan.period());
		String where = where(plan.filters(), plan.rows(), params) + " AND " + period + " IS NOT NULL AND "
				+ Sql.identifier(measure(plan.measure(), plan.function()).name()) + " IS NOT NULL";
		return query("SELECT " + period + " AS period, " + function(plan.function(), plan.measure()) + " AS value",
				SOURCES, where, " GROUP BY period ORDER BY period", params);
	}

	private Query query(String select, String sources, String where, String tail, List<Object> params) {
		return new Query(select + from + where + tail, List.copyOf(params), select + sources + from + where + tail);
	}

	private String where(List<Filter> filters, Plan.Rows rows, List<Object> params) {
		StringBuilder where = new StringBuilder(
				rows == Plan.Rows.TOTALS ? " WHERE \"_total\"" : " WHERE NOT \"_total\"");
		for (Filter filter : filters) {
			Column column = column(filter.column());
			String id = Sql.identifier(column.name());
			switch (filter.kind()) {
				case EQUALS -> {
					where.append(" AND ").append(id).append(" = ?");
					params.add(typed(column, filter.value()));
				}
				case BETWEEN -> {
					where.append(" AND ").append(id).append(" BETWEEN ? AND ?");
					params.add(typed(column, filter.value()));
					params.add(typed(column, filter.upTo()));
				}
				case YEAR -> {
					where.append(" AND ").append(period(column.name())).append(" = ?");
					params.add(year(filter.value()));
				}
			}
		}
		return where.toString();
	}

	private String function(Plan.Function function, String measure) {
		String id = Sql.identifier(measure(measure, function).name());
		return switch (function) {
			case SUM -> "SUM(" + id + ")";
			case AVERAGE -> "AVG(" + id + ")";
			case COUNT -> "COUNT(" + id + ")";
			case MIN -> "MIN(" + id + ")";
			case MAX -> "MAX(" + id + ")";
		};
	}

	private Column measure(String name, Plan.Function function) {
		Column column = column(name);
		if (function != Plan.Function.COUNT && !column.type().isNumeric()) {
			throw new TableException("the column " + name + " holds no numbers");
		}
		return column;
	}

	private String period(String name) {
		Column column = column(name);
		return switch (column.type()) {
			case YEAR -> Sql.identifier(column.name());
			case DATE -> "year(" + Sql.identifier(column.name()) + ")";
			default -> throw new TableException("the column " + name + " holds no years or dates");
		};
	}

	private Column column(String name) {
		return table.column(name)
			.orElseThrow(() -> new TableException("the table " + table.title() + " has no column " + name));
	}

	private static Object typed(Column column, Object value) {
		return switch (column.type()) {
			case TEXT -> value.toString();
			case YEAR -> year(value);
			case INTEGER, DECIMAL -> {
				if (!(value instanceof Number n)) {
					throw new TableException("the column " + column.name() + " needs a number, not " + value);
				}
				yield column.type() == ColumnType.INTEGER && n.doubleValue() == Math.rint(n.doubleValue())
						? n.longValue() : n.doubleValue();
			}
			case DATE -> {
				if (value instanceof LocalDate) {
					yield value;
				}
				LocalDate date = Cells.date(value.toString());
				if (date == null) {
					throw new TableException("the column " + column.name() + " needs a date, not " + value);
				}
				yield date;
			}
		};
	}

	private static int year(Object value) {
		Integer year = value instanceof Number n ? Integer.valueOf(n.intValue()) : Cells.year(value.toString());
		if (year == null) {
			throw new TableException("not a year: " + value);
		}
		return year;
	}

}

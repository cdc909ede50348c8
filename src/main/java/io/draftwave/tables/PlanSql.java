package io.draftwave.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan into one SQL query with bound parameters, after checking every column it
 * names against the table (unknown columns, a text column summed, a value of the wrong
 * type are refused with {@link TableException}). The source-row query selects the
 * {@code _row} numbers of the rows the result was computed from.
 */
final class PlanSql {

	/** A query and the query for its source rows. */
	record Query(String sql, List<Object> parameters, String sourceSql, List<Object> sourceParameters) {
	}

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
		};
	}

	private Query aggregate(Plan.Aggregate plan) {
		List<Object> params = new ArrayList<>();
		String where = where(plan.filters(), plan.rows(), params);
		String sql = "SELECT " + function(plan.function(), plan.measure()) + " AS value, COUNT(*) AS rows" + from
				+ where;
		return withSources(sql, params,
				where + " AND " + Sql.identifier(measure(plan.measure(), plan.function()).name()) + " IS NOT NULL");
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
		String sql = "SELECT " + cat + ", " + function(plan.function(), plan.measure()) + " AS value" + from + where
				+ " GROUP BY " + cat + " ORDER BY value " + (plan.highest() ? "DESC" : "ASC") + ", " + cat + " LIMIT ?";
		params.add((long) plan.limit());
		// the source rows are those of the ranked categories: see sourcesOf(rank, labels)
		return new Query(sql, params, "SELECT \"_row\"" + from + where,
				List.copyOf(params.subList(0, params.size() - 1)));
	}

	/** The source-row query of a rank once its categories are known, bound as values. */
	Query sourcesOf(Plan.Rank plan, Query query, List<Object> labels) {
		String cat = Sql.identifier(column(plan.category()).name());
		String marks = String.join(", ", java.util.Collections.nCopies(labels.size(), "?"));
		List<Object> params = new ArrayList<>(query.sourceParameters());
		params.addAll(labels);
		return new Query(query.sql(), query.parameters(), query.sourceSql() + " AND " + cat + " IN (" + marks + ")",
				params);
	}

	private Query change(Plan.Change plan) {
		List<Object> params = new ArrayList<>();
		String period = period(plan.period());
		String where = where(plan.filters(), plan.rows(), params) + " AND " + period + " IN (?, ?) AND "
				+ Sql.identifier(measure(plan.measure(), plan.function()).name()) + " IS NOT NULL";
		params.add(plan.from());
		params.add(plan.to());
		String sql = "SELECT " + period + " AS period, " + function(plan.function(), plan.measure()) + " AS value"
				+ from + where + " GROUP BY period ORDER BY period";
		return withSources(sql, params, where);
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
		String sql = "SELECT SUM(CASE WHEN " + Sql.identifier(category.name()) + " = ? THEN " + measure
				+ " END) AS part, SUM(" + measure + ") AS whole" + from + where;
		return withSources(sql, params.subList(1, params.size()), where, params);
	}

	private Query trend(Plan.Trend plan) {
		List<Object> params = new ArrayList<>();
		String period = period(plan.period());
		String where = where(plan.filters(), plan.rows(), params) + " AND " + period + " IS NOT NULL AND "
				+ Sql.identifier(measure(plan.measure(), plan.function()).name()) + " IS NOT NULL";
		String sql = "SELECT " + period + " AS period, " + function(plan.function(), plan.measure()) + " AS value"
				+ from + where + " GROUP BY period ORDER BY period";
		return withSources(sql, params, where);
	}

	private Query withSources(String sql, List<Object> params, String where) {
		return new Query(sql, List.copyOf(params), "SELECT \"_row\"" + from + where + " ORDER BY \"_row\"",
				List.copyOf(params));
	}

	private Query withSources(String sql, List<Object> sourceParams, String where, List<Object> params) {
		return new Query(sql, List.copyOf(params), "SELECT \"_row\"" + from + where + " ORDER BY \"_row\"",
				List.copyOf(sourceParams));
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

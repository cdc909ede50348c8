package io.draftwave.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan on its table and shapes the result: rows, the figures the statement states,
 * the source rows and the chart values. A period the table has no value for is reported
 * as {@link MissingData}, never filled in.
 */
final class PlanRunner {

	/** The table has no value for what the plan asks (an absent year or category). */
	static final class MissingData extends TableException {

		MissingData(String message) {
			super(message);
		}

	}

	private final Tables tables;

	PlanRunner(Tables tables) {
		this.tables = tables;
	}

	Analysis run(String question, TableInfo table, Plan plan, boolean korean) {
		PlanSql.Query built = new PlanSql(table).build(plan);
		// one query gives the result and, in its last two columns, the source rows
		Fetched fetched = fetch(tables.query(built.withSources(), built.parameters()));
		List<Object[]> result = fetched.result();
		List<Integer> sourceRows = fetched.sourceRows();
		long sourceCount = fetched.sourceRowCount();
		Wording wording = new Wording(table, korean);
		Shaped shaped = shape(plan, table, result, wording, sourceCount);
		return new Analysis(question, table, plan, wording.describe(plan), shaped.statement, shaped.figures,
				shaped.columns, shaped.rows, sourceRows, sourceCount, built.sql(), built.parameters(), shaped.chart);
	}

	/**
	 * Splits each row into the result's columns and its source count and rows; the first
	 * {@value Analysis#MAX_SOURCE_ROWS} of all rows' numbers are the first of each row's
	 * first ones.
	 */
	static Fetched fetch(List<Object[]> rows) {
		List<Object[]> result = new ArrayList<>();
		List<Integer> sources = new ArrayList<>();
		long count = 0;
		for (Object[] row : rows) {
			int n = row.length - 2;
			result.add(java.util.Arrays.copyOf(row, n));
			count += ((Number) row[n]).longValue();
			if (row[n + 1] instanceof List<?> numbers) {
				numbers.forEach(number -> sources.add(((Number) number).intValue()));
			}
		}
		sources.sort(null);
		return new Fetched(result, List.copyOf(sources.subList(0, Math.min(sources.size(), Analysis.MAX_SOURCE_ROWS))),
				count);
	}

	record Fetched(List<Object[]> result, List<Integer> sourceRows, long sourceRowCount) {
	}

	private record Shaped(List<String> columns, List<List<Object>> rows, List<Double> figures, String statement,
			ChartData chart) {
	}

	private Shaped shape(Plan plan, TableInfo table, List<Object[]> result, Wording wording, long sourceCount) {
		return switch (plan) {
			case Plan.Aggregate a -> {
				Object value = result.isEmpty() ? null : result.get(0)[0];
				if (value == null || ((Number) result.get(0)[1]).longValue() == 0) {
					throw new MissingData(wording.noRows());
				}
				double v = wording.round(((Number) value).doubleValue(), a.measure(), a.function());
				yield new Shaped(List.of(wording.functionLabel(a.function(), a.measure())), List.of(List.of(v)),
						List.of(v), wording.aggregate(a, v, sourceCount), null);
			}
			case Plan.Rank r -> {
				if (result.isEmpty()) {
					throw new MissingData(wording.noRows());
				}
				List<String> labels = new ArrayList<>();
				List<Double> values = new ArrayList<>();
				for (Object[] row : result) {
					labels.add(String.valueOf(row[0]));
					values.add(wording.round(((Number) row[1]).doubleValue(), r.measure(), r.function()));
				}
				yield new Shaped(List.of(r.category(), wording.functionLabel(r.function(), r.measure())),
						rows(labels, values), values, wording.rank(r, labels, values),
						chart(ChartData.Kind.BAR, wording, r.category(), r.measure(), labels, values));
			}
			case Plan.Change c -> change(c, result, wording);
			case Plan.Share s -> share(s, result, wording);
			case Plan.Trend t -> trend(t, table, result, wording);
			// PlanSql refuses it before any query runs
			case Plan.Computed c -> throw new TableException("no SQL result to shape for " + c.method());
		};
	}

	private Shaped change(Plan.Change c, List<Object[]> result, Wording wording) {
		Double from = null;
		Double to = null;
		for (Object[] row : result) {
			double v = wording.round(((Number) row[1]).doubleValue(), c.measure(), c.function());
			if (((Number) row[0]).intValue() == c.from()) {
				from = v;
			}
			else {
				to = v;
			}
		}
		if (from == null || to == null) {
			throw new MissingData(wording.noPeriod(from == null ? c.from() : c.to()));
		}
		double difference = wording.round(to - from, c.measure(), c.function());
		double percent = from == 0 ? Double.NaN : Numbers.rounded((to - from) / from * 100, 1);
		List<Double> figures = Double.isNaN(percent) ? List.of(to, from, difference)
				: List.of(to, from, difference, percent);
		List<String> labels = List.of(Integer.toString(c.from()), Integer.toString(c.to()));
		List<Double> values = List.of(from, to);
		return new Shaped(List.of(c.period(), c.measure()), rows(labels, values), figures,
				wording.change(c, from, to, difference, percent),
				chart(ChartData.Kind.BAR, wording, c.period(), c.measure(), labels, values));
	}

	private Shaped share(Plan.Share s, List<Object[]> result, Wording wording) {
		Object part = result.isEmpty() ? null : result.get(0)[0];
		Object whole = result.isEmpty() ? null : result.get(0)[1];
		if (part == null || whole == null || ((Number) whole).doubleValue() == 0) {
			throw new MissingData(wording.noRows());
		}
		double p = wording.round(((Number) part).doubleValue(), s.measure(), Plan.Function.SUM);
		double w = wording.round(((Number) whole).doubleValue(), s.measure(), Plan.Function.SUM);
		double percent = Numbers.rounded(((Number) part).doubleValue() / ((Number) whole).doubleValue() * 100, 1);
		List<String> labels = List.of(s.value(), wording.rest());
		List<Double> values = List.of(p, wording.round(w - p, s.measure(), Plan.Function.SUM));
		return new Shaped(List.of(s.category(), s.measure(), "share (%)"),
				List.of(List.of(s.value(), p, percent), List.of(wording.whole(), w, 100.0)), List.of(percent, p, w),
				wording.share(s, p, w, percent),
				chart(ChartData.Kind.BAR, wording, s.category(), s.measure(), labels, values));
	}

	private Shaped trend(Plan.Trend t, TableInfo table, List<Object[]> result, Wording wording) {
		if (result.size() < 2) {
			throw new MissingData(wording.tooFewPeriods());
		}
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (Object[] row : result) {
			labels.add(String.valueOf(row[0]));
			values.add(wording.round(((Number) row[1]).doubleValue(), t.measure(), t.function()));
		}
		int first = ((Number) result.getFirst()[0]).intValue();
		int last = ((Number) result.getLast()[0]).intValue();
		double yearly = wording.round((values.getLast() - values.getFirst()) / (last - first), t.measure(),
				t.function());
		double growth = values.getFirst() <= 0 ? Double.NaN
				: Numbers.rounded((Math.pow(values.getLast() / values.getFirst(), 1.0 / (last - first)) - 1) * 100, 1);
		int direction = direction(values);
		List<Double> figures = new ArrayList<>(values);
		figures.add(yearly);
		if (!Double.isNaN(growth) && !table.column(t.measure()).orElseThrow().unit().equals("%")) {
			figures.add(growth); // a rate's growth is not stated, its change is in points
		}
		return new Shaped(List.of(t.period(), t.measure()), rows(labels, values), figures,
				wording.trend(t, labels, values, direction, yearly, growth),
				chart(ChartData.Kind.LINE, wording, t.period(), t.measure(), labels, values));
	}

	/** 1 when every step rises, -1 when every step falls, 0 otherwise. */
	static int direction(List<Double> values) {
		boolean up = true;
		boolean down = true;
		for (int i = 1; i < values.size(); i++) {
			up &= values.get(i) > values.get(i - 1);
			down &= values.get(i) < values.get(i - 1);
		}
		return up ? 1 : (down ? -1 : 0);
	}

	private static List<List<Object>> rows(List<String> labels, List<Double> values) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			rows.add(List.of(labels.get(i), values.get(i)));
		}
		return rows;
	}

	private static ChartData chart(ChartData.Kind kind, Wording wording, String axis, String measure,
			List<String> labels, List<Double> values) {
		return labels.size() < 2 ? null
				: new ChartData(kind, wording.chartTitle(measure), axis, measure, labels, values);
	}

}

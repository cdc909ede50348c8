package io.draftwave.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The plan for a question once its table, measure and named values are known (see
 * {@link IntentPlanner} for the intents). Rows: with a category value named, the ordinary
 * rows; without one, the table's total rows when it has them, else the sum of the
 * ordinary rows for a count-like measure; a rate ({@code %}, {@code -율}) without a
 * category and without totals is not summed but asked about.
 */
final class PlanChoice {

	private final IntentPlanner intent;

	private final QuestionWords q;

	private final TableCard card;

	private final Column measure;

	private final boolean count;

	private final Map<String, String> values;

	private final List<Filter> filters;

	private final Column period;

	PlanChoice(IntentPlanner intent, Column measure, boolean count, Map<String, String> values, List<Filter> filters,
			Column period) {
		this.intent = intent;
		this.q = intent.words();
		this.card = intent.card();
		this.measure = measure;
		this.count = count;
		this.values = values;
		this.filters = filters;
		this.period = period;
	}

	QuestionPlanner.Outcome choose() {
		String id = card.table().tableId();
		boolean korean = intent.korean();
		if (intent.isShare() && !count) {
			if (values.size() != 1) {
				return intent.clarify(korean ? "비중을 구할 항목 하나를 알려 주세요." : "Name the one category to take the share of.",
						categoryValues());
			}
			var entry = values.entrySet().iterator().next();
			List<Filter> rest = new ArrayList<>(yearFilters(true));
			return intent.planned(new Plan.Share(id, measure.name(), entry.getKey(), entry.getValue(), rest));
		}
		boolean percentWords = q.any("퍼센트", "%", "percent", "몇 프로");
		if ((intent.isChange() || (percentWords && q.years.size() == 2)) && !intent.isTrend() && !count) {
			return change(id, korean);
		}
		if (intent.isTrend() && !count) {
			if (period == null) {
				return intent.clarify(korean ? "이 표에는 연도 열이 없습니다." : "This table has no year column.", List.of());
			}
			Plan.Rows rows = rows();
			if (rows == null) {
				return rateWithoutCategory(korean);
			}
			List<Filter> all = new ArrayList<>(filters);
			all.addAll(yearFilters(false));
			return intent.planned(new Plan.Trend(id, measure.name(), period.name(), function(rows), rows, all));
		}
		if (intent.isRank() && !count) {
			return rank(id, korean);
		}
		if (count) {
			List<Filter> all = new ArrayList<>(filters);
			all.addAll(yearFilters(false));
			return intent.planned(new Plan.Aggregate(id, measure.name(), Plan.Function.COUNT, Plan.Rows.DETAIL, all));
		}
		boolean average = intent.isAverage(measure);
		Plan.Rows rows = average ? Plan.Rows.DETAIL : rows();
		if (rows == null) {
			return rateWithoutCategory(korean);
		}
		List<Filter> all = new ArrayList<>(filters);
		all.addAll(yearFilters(true));
		Plan.Function function = average ? Plan.Function.AVERAGE : Plan.Function.SUM;
		return intent.planned(new Plan.Aggregate(id, measure.name(), function, rows, all));
	}

	private QuestionPlanner.Outcome change(String id, boolean korean) {
		if (period == null) {
			return intent.clarify(korean ? "이 표에는 연도 열이 없습니다." : "This table has no year column.", List.of());
		}
		int from;
		int to;
		if (q.years.size() == 2) {
			from = Math.min(q.years.get(0), q.years.get(1));
			to = Math.max(q.years.get(0), q.years.get(1));
		}
		else if (q.years.size() == 1
				&& q.any("전년", "작년", "지난해", "previous year", "last year", "year before", "prior year")) {
			to = q.years.getFirst();
			from = to - 1;
		}
		else {
			return intent.clarify(korean ? "비교할 두 해를 알려 주세요." : "Name the two years to compare.", periodValues());
		}
		Plan.Rows rows = rows();
		if (rows == null) {
			return rateWithoutCategory(korean);
		}
		return intent
			.planned(new Plan.Change(id, measure.name(), period.name(), from, to, function(rows), rows, filters));
	}

	private QuestionPlanner.Outcome rank(String id, boolean korean) {
		List<Column> candidates = card.table()
			.columns()
			.stream()
			.filter(c -> c.type() == ColumnType.TEXT && card.values().getOrDefault(c.name(), List.of()).size() > 1
					&& !values.containsKey(c.name()))
			.toList();
		Column category = card.table()
			.columns()
			.stream()
			.filter(c -> c.type() == ColumnType.TEXT && !values.containsKey(c.name()) && position(c) >= 0)
			.max(Comparator.comparingInt(this::position))
			.orElse(null);
		boolean askedForYear = q.any("어느 해", "몇 년", "언제", "연도", "which year", "what year", "when");
		if (category == null && period != null && period.type() == ColumnType.YEAR && askedForYear) {
			category = period;
		}
		if (category == null && candidates.size() == 1) {
			category = candidates.getFirst();
		}
		if (category == null) {
			return intent.clarify(korean ? "무엇별로 순위를 매길지 알려 주세요." : "Rank by which column?",
					candidates.stream().map(Column::name).toList());
		}
		List<Filter> all = new ArrayList<>(filters);
		all.addAll(yearFilters(category != period));
		Plan.Function function = Measures.isRate(measure) ? Plan.Function.AVERAGE : Plan.Function.SUM;
		return intent
			.planned(new Plan.Rank(id, measure.name(), category.name(), function, q.places(), !intent.isLow(), all));
	}

	private int position(Column column) {
		int best = -1;
		List<String> measureWords = List.of(measure.label().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
		for (String word : column.label().split("\\s+")) {
			best = Math.max(best, q.position(word, measureWords));
		}
		return best;
	}

	private QuestionPlanner.Outcome rateWithoutCategory(boolean korean) {
		return intent.clarify(
				korean ? measure.name() + "은(는) 항목별 비율이라 더할 수 없습니다. 항목을 하나 골라 주세요."
						: measure.name() + " is a rate per category and cannot be added up; choose a category.",
				categoryValues());
	}

	private Plan.Rows rows() {
		if (!values.isEmpty()) {
			return Plan.Rows.DETAIL;
		}
		if (card.table().totalRows() > 0) {
			return Plan.Rows.TOTALS;
		}
		boolean categories = card.values().values().stream().anyMatch(v -> v.size() > 1);
		return Measures.isRate(measure) && categories ? null : Plan.Rows.DETAIL;
	}

	private Plan.Function function(Plan.Rows rows) {
		return Plan.Function.SUM;
	}

	/**
	 * Filters for the question's years; with none given and {@code latest}, the table's
	 * latest year.
	 */
	private List<Filter> yearFilters(boolean latest) {
		if (period == null) {
			return List.of();
		}
		List<Integer> years = new ArrayList<>(q.years);
		if (years.isEmpty() && latest) {
			List<Object> range = card.ranges().get(period.name());
			if (range != null) {
				years.add(IntentPlanner.yearOf(range.get(1)));
			}
		}
		if (years.isEmpty()) {
			return List.of();
		}
		int low = years.stream().mapToInt(Integer::intValue).min().getAsInt();
		int high = years.stream().mapToInt(Integer::intValue).max().getAsInt();
		if (period.type() == ColumnType.YEAR) {
			return List.of(low == high ? Filter.equalTo(period.name(), low) : Filter.between(period.name(), low, high));
		}
		return List.of(low == high ? Filter.year(period.name(), low)
				: Filter.between(period.name(), LocalDate.of(low, 1, 1), LocalDate.of(high, 12, 31)));
	}

	private List<String> categoryValues() {
		return card.values()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.findFirst()
			.map(e -> e.getValue().stream().filter(v -> !TableShaper.isTotalLabel(v)).toList())
			.orElse(List.of());
	}

	private List<String> periodValues() {
		List<Object> range = period == null ? null : card.ranges().get(period.name());
		return range == null ? List.of() : range.stream().map(v -> String.valueOf(IntentPlanner.yearOf(v))).toList();
	}

}

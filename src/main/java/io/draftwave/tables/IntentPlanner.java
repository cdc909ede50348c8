package io.draftwave.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the plan kind and its columns for a question over one table. Intents, in this
 * order: share ({@code 비중}, {@code 차지}, share), change ({@code 늘었}, {@code 대비}, change,
 * with two years or {@code 전년}), trend ({@code 추이}, trend), rank ({@code 가장}, {@code 상위},
 * highest, top), average ({@code 평균} outside the column's own name), count ({@code 몇 개},
 * how many, when no measure is named), else the value itself.
 */
final class IntentPlanner {

	private final String question;

	private final QuestionWords q;

	private final TableCard card;

	private final TableInfo table;

	private final boolean korean;

	IntentPlanner(String question, QuestionWords q, TableCard card, boolean korean) {
		this.question = question;
		this.q = q;
		this.card = card;
		this.table = card.table();
		this.korean = korean;
	}

	QuestionPlanner.Outcome plan() {
		Map<String, String> values = QuestionPlanner.matchedValues(card, q);
		for (String column : values.keySet()) {
			List<String> named = card.values()
				.get(column)
				.stream()
				.filter(v -> !TableShaper.isTotalLabel(v) && QuestionWords.compact(v).length() >= 2
						&& q.compact.contains(QuestionWords.compact(v)))
				.filter(v -> card.values()
					.get(column)
					.stream()
					.noneMatch(o -> !o.equals(v) && QuestionWords.compact(o).contains(QuestionWords.compact(v))
							&& q.compact.contains(QuestionWords.compact(o))))
				.toList();
			if (named.size() > 1 && !isRank()) {
				return clarify(korean ? "값을 하나만 골라 주세요: " + column : "Choose one value of " + column, named);
			}
		}
		if (q.namesMonthOrDay()) {
			return clarify(korean ? "월·일 단위 조건은 아직 계산하지 않습니다. 연도로 물어 주세요."
					: "Months and days are not analysed yet; ask by year.", List.of());
		}
		Optional<Column> period = table.periodColumn();
		List<Integer> years = q.years;
		if (period.isPresent() && !years.isEmpty()) {
			Object[] range = card.ranges().getOrDefault(period.get().name(), List.of()).toArray();
			for (int year : years) {
				if (range.length == 2 && (year < yearOf(range[0]) || year > yearOf(range[1]))
						&& !(isChange() && years.size() == 1)) {
					return clarify(korean ? "표 「" + table.title() + "」에 " + year + "년 값이 없습니다."
							: "The table \"" + table.title() + "\" has no value for " + year + ".", List.of());
				}
			}
		}
		if (period.isEmpty() && !years.isEmpty()) {
			return clarify(korean ? "이 표에는 연도 열이 없습니다." : "This table has no year column.", List.of());
		}
		List<Column> measures = measures();
		if (measures.isEmpty()) {
			measures = byCountingWord();
		}
		boolean count = measures.isEmpty()
				&& q.any("몇 개", "몇개", "몇 종", "몇 곳", "몇 팀", "몇 건의", "how many", "number of", "개수");
		if (measures.isEmpty() && !count) {
			return clarify(korean ? "어느 수치를 볼지 알려 주세요." : "Which figure do you mean?", numericNames());
		}
		if (measures.size() > 1) {
			return clarify(korean ? "어느 수치를 뜻하는지 골라 주세요." : "Which of these figures do you mean?",
					measures.stream().map(Column::name).toList());
		}
		Column measure = count ? table.columns().getFirst() : measures.getFirst();
		List<Filter> filters = new ArrayList<>();
		values.forEach((column, value) -> filters.add(Filter.equalTo(column, value)));
		return new PlanChoice(this, measure, count, values, filters, period.orElse(null)).choose();
	}

	boolean isRank() {
		return q.anyWord("가장", "제일", "최다", "최고", "최저", "최소", "상위", "하위", "순위", "top", "bottom", "highest", "lowest",
				"most", "least", "fewest", "largest", "smallest", "biggest", "longest", "shortest", "rank");
	}

	boolean isLow() {
		return q.anyWord("적은", "낮은", "최저", "최소", "하위", "작은", "짧은", "bottom", "lowest", "least", "fewest", "smallest",
				"shortest");
	}

	boolean isChange() {
		return q.anyWord("늘었", "줄었", "증가", "감소", "증감", "변화", "대비", "달라", "올랐", "내렸", "높아", "낮아", "change", "increase",
				"decrease", "grow", "grew", "rose", "fell", "drop", "compared", "differ");
	}

	boolean isTrend() {
		return q.anyWord("추이", "추세", "흐름", "해마다", "매년", "연도별", "trend", "over the years", "over time", "each year",
				"year by year", "per year");
	}

	boolean isShare() {
		return q.anyWord("비중", "차지", "share", "proportion", "what percent of", "what percentage of", "portion");
	}

	boolean isAverage(Column measure) {
		String rest = q.compact.replace(QuestionWords.compact(measure.label()), "");
		return rest.contains("평균") || q.any("average", "mean");
	}

	QuestionPlanner.Outcome clarify(String reason, List<String> candidates) {
		return new QuestionPlanner.Unplanned(new Clarification(question, table, reason, candidates));
	}

	QuestionPlanner.Outcome planned(Plan plan) {
		return new QuestionPlanner.Planned(card, plan);
	}

	QuestionWords words() {
		return q;
	}

	TableCard card() {
		return card;
	}

	boolean korean() {
		return korean;
	}

	/**
	 * The measure columns scoring highest, all of them when tied; empty when none scores.
	 */
	private List<Column> measures() {
		List<Column> numeric = table.columns().stream().filter(c -> c.type().isNumeric()).toList();
		int best = numeric.stream().mapToInt(c -> QuestionPlanner.columnScore(c, q)).max().orElse(0);
		if (best == 0) {
			return List.of();
		}
		return numeric.stream()
			.filter(c -> QuestionPlanner.columnScore(c, q) == best)
			.sorted(Comparator.comparing(Column::name))
			.toList();
	}

	/**
	 * {@code 몇 건} or {@code 몇 명} with no measure named: the one measure counted in 건 or
	 * 명, if only one is.
	 */
	private List<Column> byCountingWord() {
		String unit = q.any("몇 건", "몇건") ? "건" : (q.any("몇 명", "몇명") ? "명" : null);
		if (unit == null) {
			return List.of();
		}
		List<Column> counted = table.columns()
			.stream()
			.filter(c -> c.type().isNumeric() && Measures.unit(c).equals(unit))
			.toList();
		return counted.size() == 1 ? counted : List.of();
	}

	private List<String> numericNames() {
		return table.columns().stream().filter(c -> c.type().isNumeric()).map(Column::name).toList();
	}

	static int yearOf(Object value) {
		return value instanceof java.time.LocalDate d ? d.getYear() : ((Number) value).intValue();
	}

}

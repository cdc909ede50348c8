package io.draftwave.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of a result in Korean or English: the plan described, and one statement a
 * draft can use as it is, such as {@code 2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다
 * 3.4% 늘었습니다.}
 */
final class Wording {

	private final TableInfo table;

	private final boolean korean;

	Wording(TableInfo table, boolean korean) {
		this.table = table;
		this.korean = korean;
	}

	double round(double value, String measure, Plan.Function function) {
		return Numbers.rounded(value, Measures.decimals(column(measure), function));
	}

	String describe(Plan plan) {
		boolean totals = isTotals(plan);
		String filters = filterWords(plan.filters());
		String where = korean
				? "표 「" + table.title() + "」의 " + (filters.isEmpty() ? "" : filters + "인 ")
						+ (totals ? "합계 행에서 " : "행(합계 행 제외)에서 ")
				: "From the table \"" + table.title() + "\"" + (filters.isEmpty() ? "" : ", rows where " + filters)
						+ (totals ? ", total rows only, " : ", total rows left out, ");
		return where + switch (plan) {
			case Plan.Aggregate a -> korean ? Korean.object(a.measure() + "의 " + fn(a.function(), a.rows())) + " 구했습니다."
					: "took the " + fn(a.function(), a.rows()) + " of " + a.measure() + ".";
			case Plan.Rank r -> korean
					? r.category() + "별 " + r.measure() + " " + fn(r.function()) + "의 " + (r.highest() ? "큰" : "작은")
							+ " 순서로 " + r.limit() + "개를 골랐습니다."
					: "took the " + fn(r.function()) + " of " + r.measure() + " per " + r.category() + " and kept the "
							+ (r.highest() ? "highest " : "lowest ") + r.limit() + ".";
			case Plan.Change c -> korean
					? c.period() + " " + c.from() + "과 " + c.to() + "의 " + c.measure() + " "
							+ fn(c.function(), c.rows()) + "를 비교해 증감과 증감률을 구했습니다."
					: "compared the " + fn(c.function(), c.rows()) + " of " + c.measure() + " in " + c.from() + " and "
							+ c.to() + " (difference and percentage change).";
			case Plan.Share s -> korean
					? Korean.subject(s.category() + " " + s.value()) + " " + s.measure() + " 합계에서 차지하는 비중을 구했습니다."
					: "took the share of " + s.category() + " " + s.value() + " in the total of " + s.measure() + ".";
			case Plan.Trend t ->
				korean ? t.period() + "별 " + t.measure() + " " + fn(t.function(), t.rows()) + "의 추이(방향과 연평균 변화)를 구했습니다."
						: "followed the " + fn(t.function(), t.rows()) + " of " + t.measure() + " per " + t.period()
								+ " (direction and average yearly change).";
			case Plan.Computed c ->
				korean ? c.method() + " 계산" + (c.parameters().isEmpty() ? "" : "(" + c.parameters() + ")") + "을 했습니다."
						: "computed " + c.method() + (c.parameters().isEmpty() ? "" : " " + c.parameters()) + ".";
		};
	}

	String aggregate(Plan.Aggregate a, double value, long rowsUsed) {
		String number = Measures.withUnit(value, column(a.measure()), a.function(), korean);
		String subject = subject(a.measure(), a.filters());
		if (korean) {
			String what = switch (a.function()) {
				case SUM -> a.rows() == Plan.Rows.TOTALS || !isAdditive(a.measure()) || rowsUsed == 1 ? subject
						: subject + " 합계";
				case AVERAGE -> subject + " 평균";
				case COUNT -> context(a.filters()) + " 해당 항목 수";
				case MIN -> subject + " 최솟값";
				case MAX -> subject + " 최댓값";
			};
			return Korean.topic(what.strip()) + " " + number + "입니다.";
		}
		boolean single = a.function() == Plan.Function.SUM && (rowsUsed == 1 || a.rows() == Plan.Rows.TOTALS);
		return (single ? subject : "The " + fn(a.function()) + " of " + subject) + " is " + number + ".";
	}

	String rank(Plan.Rank r, List<String> labels, List<Double> values) {
		Column measure = column(r.measure());
		List<String> items = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			items.add(labels.get(i) + "(" + Measures.withUnit(values.get(i), measure, r.function(), korean) + ")");
		}
		String context = context(r.filters());
		if (korean) {
			String most = Measures.isRate(measure) ? (r.highest() ? "가장 높은" : "가장 낮은")
					: (r.highest() ? "가장 많은" : "가장 적은");
			String count = labels.size() == 1 ? "" : " " + labels.size() + "곳";
			return (context.isEmpty() ? "" : context + " ") + Korean.subject(measure.label()) + " " + most + " "
					+ Korean.topic(r.category() + count) + " " + String.join(", ", items) + "입니다.";
		}
		return (labels.size() == 1 ? "The " + r.category() + " with the "
				: "The " + labels.size() + " " + r.category() + " values with the ")
				+ (r.highest() ? "highest " : "lowest ") + measure.label()
				+ (context.isEmpty() ? "" : " (" + context + ")") + ": " + String.join(", ", items) + ".";
	}

	String change(Plan.Change c, double from, double to, double difference, double percent) {
		Column measure = column(c.measure());
		String subject = subject(c.measure(), c.filters());
		String now = Measures.withUnit(to, measure, c.function(), korean);
		String before = Measures.withUnit(from, measure, c.function(), korean);
		boolean rate = measure.unit().equals("%");
		String amount = rate ? Numbers.grouped(Math.abs(difference), 1) + "%p"
				: (Double.isNaN(percent) ? Measures.withUnit(Math.abs(difference), measure, c.function(), korean)
						: Numbers.grouped(Math.abs(percent), 1) + "%");
		if (korean) {
			String verb = difference == 0 ? "같습니다"
					: (difference > 0 ? (rate ? "높아졌습니다" : "늘었습니다") : (rate ? "낮아졌습니다" : "줄었습니다"));
			return c.to() + "년 " + Korean.topic(subject) + " " + Korean.toward(now) + " " + c.from() + "년(" + before
					+ ")" + (difference == 0 ? "과 " : "보다 " + amount + " ") + verb + ".";
		}
		String verb = difference == 0 ? "unchanged from" : (difference > 0 ? "up " : "down ") + amount + " from";
		return "In " + c.to() + ", " + subject + " was " + now + ", " + verb + " " + before + " in " + c.from() + ".";
	}

	String share(Plan.Share s, double part, double whole, double percent) {
		Column measure = column(s.measure());
		String context = context(s.filters());
		String p = Measures.withUnit(part, measure, Plan.Function.SUM, korean);
		String w = Measures.withUnit(whole, measure, Plan.Function.SUM, korean);
		String pct = Numbers.grouped(percent, 1) + "%";
		if (korean) {
			return (context.isEmpty() ? "" : context + " ") + s.value() + " " + Korean.topic(measure.label()) + " "
					+ Korean.toward(p) + " 전체(" + w + ")의 " + pct + "입니다.";
		}
		return s.value() + " accounts for " + pct + " of " + measure.label()
				+ (context.isEmpty() ? "" : " (" + context + ")") + ": " + p + " of " + w + ".";
	}

	String trend(Plan.Trend t, List<String> labels, List<Double> values, int direction, double yearly, double growth) {
		Column measure = column(t.measure());
		String subject = subject(t.measure(), t.filters());
		String first = Measures.withUnit(values.getFirst(), measure, t.function(), korean);
		String last = Measures.withUnit(values.getLast(), measure, t.function(), korean);
		boolean rate = measure.unit().equals("%");
		String step = Measures.withUnit(Math.abs(yearly), measure, t.function(), korean) + (rate ? "p" : "")
				+ (Double.isNaN(growth) || rate ? "" : "(" + Numbers.grouped(Math.abs(growth), 1) + "%)");
		if (korean) {
			String way = direction > 0 ? "꾸준히 늘어" : (direction < 0 ? "꾸준히 줄어" : "오르내리며");
			String verb = yearly >= 0 ? "늘었습니다" : "줄었습니다";
			return labels.getFirst() + "년부터 " + labels.getLast() + "년까지 " + Korean.topic(subject) + " " + first + "에서 "
					+ last + "까지 " + way + " 연평균 " + step + " " + verb + ".";
		}
		String way = direction > 0 ? "rose every year" : (direction < 0 ? "fell every year" : "went up and down");
		return "From " + labels.getFirst() + " to " + labels.getLast() + ", " + subject + " " + way + ", from " + first
				+ " to " + last + ", on average " + (yearly >= 0 ? "+" : "-") + step + " a year.";
	}

	String functionLabel(Plan.Function function, String measure) {
		return function == Plan.Function.SUM ? measure : fn(function) + " " + measure;
	}

	String noRows() {
		return korean ? "표 「" + table.title() + "」에 조건에 맞는 값이 없습니다."
				: "The table \"" + table.title() + "\" has no value for these conditions.";
	}

	String noPeriod(int year) {
		return korean ? "표 「" + table.title() + "」에 " + year + "년 값이 없습니다."
				: "The table \"" + table.title() + "\" has no value for " + year + ".";
	}

	String tooFewPeriods() {
		return korean ? "추이를 보려면 두 해 이상의 값이 필요합니다." : "A trend needs values for two years or more.";
	}

	String rest() {
		return korean ? "그 밖" : "others";
	}

	String whole() {
		return korean ? "전체" : "total";
	}

	String chartTitle(String measure) {
		return table.title() + " - " + measure;
	}

	private boolean isTotals(Plan plan) {
		return plan instanceof Plan.Aggregate a && a.rows() == Plan.Rows.TOTALS
				|| plan instanceof Plan.Change c && c.rows() == Plan.Rows.TOTALS
				|| plan instanceof Plan.Trend t && t.rows() == Plan.Rows.TOTALS;
	}

	private boolean isAdditive(String measure) {
		return !Measures.isRate(column(measure));
	}

	/** The measure with its conditions: {@code 2025년 교통·주차 민원 접수 건수}. */
	private String subject(String measure, List<Filter> filters) {
		String label = column(measure).label();
		String context = context(filters);
		if (korean) {
			String lead = titleLead(label);
			return (context.isEmpty() ? "" : context + " ") + (lead.isEmpty() ? "" : lead + " ") + label;
		}
		return label + (context.isEmpty() ? "" : " (" + context + ")");
	}

	/**
	 * The title's first word when it names the thing counted ({@code 민원} of
	 * {@code 민원 접수 현황}).
	 */
	private String titleLead(String label) {
		String[] words = table.title().strip().split("\\s+");
		String lead = words.length > 1 ? words[0] : "";
		boolean hangul = !lead.isEmpty() && lead.chars().allMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3);
		boolean related = words.length > 1 && label.split("\\s+")[0].equals(words[1]);
		return hangul && related && !label.contains(lead) ? lead : "";
	}

	private String context(List<Filter> filters) {
		return filters.stream()
			.sorted(java.util.Comparator.comparingInt(f -> isPeriod(f) ? 0 : 1))
			.map(this::filterValue)
			.collect(Collectors.joining(" "));
	}

	private boolean isPeriod(Filter f) {
		ColumnType type = column(f.column()).type();
		return type == ColumnType.YEAR || type == ColumnType.DATE;
	}

	private String filterValue(Filter f) {
		return switch (f.kind()) {
			case YEAR -> korean ? f.value() + "년" : String.valueOf(f.value());
			case EQUALS -> column(f.column()).type() == ColumnType.YEAR
					? (korean ? f.value() + "년" : String.valueOf(f.value())) : String.valueOf(f.value());
			case BETWEEN -> Numbers.plain(f.value()) + "~" + Numbers.plain(f.upTo());
		};
	}

	private String filterWords(List<Filter> filters) {
		return filters.stream().map(f -> switch (f.kind()) {
			case EQUALS -> f.column() + " = " + f.value();
			case YEAR -> (korean ? "연도(" + f.column() + ") = " : "year of " + f.column() + " = ") + f.value();
			case BETWEEN -> f.column() + " " + Numbers.plain(f.value()) + "~" + Numbers.plain(f.upTo());
		}).collect(Collectors.joining(korean ? ", " : " and "));
	}

	/**
	 * The function's word, or {@code 값}/{@code value} when total rows are read as they
	 * are.
	 */
	private String fn(Plan.Function function, Plan.Rows rows) {
		return rows == Plan.Rows.TOTALS && function == Plan.Function.SUM ? (korean ? "값" : "value") : fn(function);
	}

	private String fn(Plan.Function function) {
		return korean ? switch (function) {
			case SUM -> "합계";
			case AVERAGE -> "평균";
			case COUNT -> "개수";
			case MIN -> "최솟값";
			case MAX -> "최댓값";
		} : function.name().toLowerCase().replace("average", "average");
	}

	private Column column(String name) {
		return table.column(name).orElseThrow(() -> new TableException("no column " + name));
	}

}

package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.draftwave.complaints.ComplaintTable.Role;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;
import io.draftwave.tables.Column;
import io.draftwave.tables.Filter;
import io.draftwave.tables.Plan;
import org.jspecify.annotations.Nullable;

/**
 * Makes a complaint analysis's figures into {@link Analysis} records: the plan is a
 * {@link Plan.Computed} named {@code complaints.<analysis>} with the query's parameters
 * and its filters on the table's own columns, so the same query on the same data keeps
 * its analysis id; the SQL is empty. Also the words every figure shares: the scope of the
 * filters ({@code 누리구 도로·교통 분야 }), periods ({@code 2025년 4분기}), numbers ({@code 1,234})
 * and Korean particles.
 */
final class FigureMaker {

	private final ComplaintTable table;

	private final ComplaintQuery query;

	private final LocalDate first;

	private final LocalDate last;

	/**
	 * @param first the first received day of the table's complaints, for an open
	 * {@code from}
	 * @param last the last one, for an open {@code to}
	 */
	FigureMaker(ComplaintTable table, ComplaintQuery query, LocalDate first, LocalDate last) {
		this.table = table;
		this.query = query;
		this.first = first;
		this.last = last;
	}

	boolean korean() {
		return query.korean();
	}

	ComplaintQuery query() {
		return query;
	}

	String title() {
		return table.table().title();
	}

	/**
	 * One figure.
	 * @param figure which figure of the analysis ({@code latest-period}), part of its
	 * plan
	 * @param sourceRows every row the figure was computed from, in any order
	 */
	Analysis figure(String figure, String question, String description, String statement, List<Double> figures,
			List<String> columns, List<List<Object>> rows, Collection<Integer> sourceRows, @Nullable ChartData chart) {
		Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
		parameters.put("figure", figure);
		Plan plan = new Plan.Computed(table.table().tableId(), "complaints." + query.analysis().wireName(), parameters,
				filters());
		List<Integer> sorted = sourceRows.stream().sorted().distinct().toList();
		return new Analysis(question, table.table(), plan, description, statement, figures, columns, rows,
				sorted.subList(0, Math.min(sorted.size(), Analysis.MAX_SOURCE_ROWS)), sorted.size(), "", List.of(),
				chart);
	}

	/**
	 * The query's filters on the table's columns; an open end of the period is the
	 * data's.
	 */
	List<Filter> filters() {
		List<Filter> filters = new ArrayList<>();
		Map<Role, Column> columns = table.columns();
		if (query.from() != null || query.to() != null) {
			LocalDate from = query.from() != null ? query.from() : first;
			LocalDate to = query.to() != null ? query.to() : last;
			filters.add(Filter.between(columns.get(Role.RECEIVED).name(), from, to));
		}
		if (query.field() != null && columns.containsKey(Role.FIELD)) {
			filters.add(Filter.equalTo(columns.get(Role.FIELD).name(), query.field()));
		}
		if (query.district() != null && columns.containsKey(Role.DISTRICT)) {
			filters.add(Filter.equalTo(columns.get(Role.DISTRICT).name(), query.district()));
		}
		return filters;
	}

	/**
	 * The filters in words, ending in a space when there are any: {@code 누리구 도로·교통 분야 }
	 * or {@code 2025-01-01~2025-06-30 접수 }; in English {@code  (누리구, field 도로·교통)}.
	 */
	String scope() {
		List<String> parts = new ArrayList<>();
		if (query.district() != null) {
			parts.add(query.district());
		}
		if (query.field() != null) {
			parts.add(korean() ? query.field() + " 분야" : "field " + query.field());
		}
		if (query.from() != null || query.to() != null) {
			String from = query.from() != null ? query.from().toString() : first.toString();
			String to = query.to() != null ? query.to().toString() : last.toString();
			parts.add(korean() ? from + "~" + to + " 접수" : "received " + from + " to " + to);
		}
		if (parts.isEmpty()) {
			return "";
		}
		return korean() ? String.join(" ", parts) + " " : " (" + String.join(", ", parts) + ")";
	}

	/**
	 * {@code 2025년 4분기} or {@code Q4 2025} for {@code 2025-Q4}; {@code 2025년} or
	 * {@code 2025}.
	 */
	String period(String period) {
		if (period.contains("-Q")) {
			String[] parts = period.split("-Q");
			return korean() ? parts[0] + "년 " + parts[1] + "분기" : "Q" + parts[1] + " " + parts[0];
		}
		return korean() ? period + "년" : period;
	}

	/** A number as statements write it: {@code 1,234}, {@code 6.3}. */
	static String number(double value) {
		return Analysis.format(value);
	}

	/** A share (0 to 1) as a percentage with one decimal: {@code 6.3}. */
	static double percent(double share) {
		return Math.round(share * 1000) / 10.0;
	}

	/** One decimal. */
	static double oneDecimal(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * The word with 이 or 가 after it, chosen by its last Hangul syllable (quotes and
	 * brackets skipped): {@code '자전거'가}, {@code '가로등'이}; 이 after anything else.
	 */
	static String subject(String word) {
		return word + (hasFinal(word) ? "이" : "가");
	}

	private static boolean hasFinal(String word) {
		for (int i = word.length() - 1; i >= 0; i--) {
			char ch = word.charAt(i);
			if (ch >= 0xAC00 && ch <= 0xD7A3) {
				return (ch - 0xAC00) % 28 != 0;
			}
			if (Character.isLetterOrDigit(ch)) {
				return true;
			}
		}
		return true;
	}

}

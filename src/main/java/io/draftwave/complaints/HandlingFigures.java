package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;

/**
 * The figures of {@code handling}: the median handling days per field with the overall
 * distribution and the outliers, and the median per department, e.g.
 * {@code 민원 처리일수 중앙값은 4일(90% 분위 11일, 평균 5.9일, 최대 317일)이며, 분야별로는 공원·녹지가 9일로 가장 깁니다. 분야별 기준(Q3 + 3×IQR)을 넘는 이상값은 366건입니다.}
 */
final class HandlingFigures {

	private HandlingFigures() {
	}

	static List<Analysis> of(FigureMaker maker, ComplaintTerms terms, List<HandlingSummary> summaries) {
		if (summaries.isEmpty()) {
			return List.of();
		}
		List<Integer> sources = new ArrayList<>();
		terms.complaints().stream().filter(c -> c.handlingDays() != null).forEach(c -> sources.add(c.row()));
		HandlingSummary all = summaries.getFirst();
		List<HandlingSummary> fields = summaries.stream().filter(s -> s.group().equals("field")).toList();
		List<HandlingSummary> departments = summaries.stream().filter(s -> s.group().equals("department")).toList();
		List<Analysis> figures = new ArrayList<>();
		figures.add(byField(maker, all, fields, sources));
		if (!departments.isEmpty()) {
			figures.add(byDepartment(maker, departments, sources));
		}
		return figures;
	}

	private static Analysis byField(FigureMaker maker, HandlingSummary all, List<HandlingSummary> fields,
			List<Integer> sources) {
		boolean ko = maker.korean();
		String factor = maker.query().text("factor");
		List<HandlingSummary> groups = fields.isEmpty() ? List.of(all) : fields;
		int outliers = groups.stream().mapToInt(HandlingSummary::outlierCount).sum();
		HandlingSummary longest = groups.stream()
			.max(Comparator.comparingDouble(HandlingSummary::median)
				.thenComparing(HandlingSummary::name, Comparator.reverseOrder()))
			.orElseThrow();
		List<Double> figures = new ArrayList<>(
				List.of(all.median(), all.p90(), all.mean(), (double) all.max(), longest.median(), (double) outliers));
		String statement = ko
				? maker.scope() + "민원 처리일수 중앙값은 " + FigureMaker.number(all.median()) + "일(90% 분위 "
						+ FigureMaker.number(all.p90()) + "일, 평균 " + FigureMaker.number(all.mean()) + "일, 최대 "
						+ FigureMaker.number(all.max()) + "일)이며, 분야별로는 " + FigureMaker.subject(longest.name()) + " "
						+ FigureMaker.number(longest.median()) + "일로 가장 깁니다. 분야별 기준(Q3 + " + factor + "×IQR)을 넘는 이상값은 "
						+ FigureMaker.number(outliers) + "건입니다."
				: "The median handling time" + maker.scope() + " is " + FigureMaker.number(all.median())
						+ " days (90th percentile " + FigureMaker.number(all.p90()) + ", mean "
						+ FigureMaker.number(all.mean()) + ", longest " + FigureMaker.number(all.max())
						+ "); by field, " + longest.name() + " takes longest with a median of "
						+ FigureMaker.number(longest.median()) + " days. " + FigureMaker.number(outliers)
						+ " complaints exceed their field's Q3 + " + factor + "×IQR.";
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope() + "처리일수가 있는 민원 " + FigureMaker.number(all.count())
						+ "건의 처리일수 분포(중앙값, 90% 분위, 평균, 최대; 분위수는 가까운 두 순위 사이를 선형 보간)를 분야별로 구하고, " + "분야마다 Q3 + " + factor
						+ "×IQR(IQR = Q3 − Q1)을 넘는 민원을 이상값으로 셌습니다."
				: "Took the handling days of the " + FigureMaker.number(all.count()) + " complaints" + maker.scope()
						+ " with handling days in the table \"" + maker.title()
						+ "\": median, 90th percentile (interpolated between the closest ranks), mean and longest, "
						+ "per field; counted as outliers the complaints above their field's Q3 + " + factor
						+ "×IQR (IQR = Q3 − Q1).";
		return maker.figure("fields", ko ? "분야별 처리일수" : "Handling days per field", description, statement, figures,
				columns(ko, ko ? "분야" : "field"), rows(groups), sources,
				chart(ko, ko ? "분야별 처리일수 중앙값" : "Median handling days per field", ko ? "분야" : "field", groups));
	}

	private static Analysis byDepartment(FigureMaker maker, List<HandlingSummary> departments, List<Integer> sources) {
		boolean ko = maker.korean();
		List<HandlingSummary> ranked = departments.stream()
			.sorted(Comparator.comparingDouble((HandlingSummary s) -> -s.median()).thenComparing(HandlingSummary::name))
			.toList();
		HandlingSummary slow = ranked.getFirst();
		HandlingSummary fast = ranked.getLast();
		String statement = ko
				? maker.scope() + "부서별 처리일수 중앙값은 " + FigureMaker.subject(slow.name()) + " "
						+ FigureMaker.number(slow.median()) + "일로 가장 길고, " + FigureMaker.subject(fast.name()) + " "
						+ FigureMaker.number(fast.median()) + "일로 가장 짧습니다."
				: "By department" + maker.scope() + ", the median handling time is longest at " + slow.name() + " ("
						+ FigureMaker.number(slow.median()) + " days) and shortest at " + fast.name() + " ("
						+ FigureMaker.number(fast.median()) + " days).";
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope()
						+ "처리일수가 있는 민원을 처리부서별로 나누어 처리일수의 중앙값, 90% 분위, 평균, 최대와 Q3 + " + maker.query().text("factor")
						+ "×IQR을 넘는 이상값 수를 구했습니다."
				: "Split the complaints" + maker.scope() + " with handling days in the table \"" + maker.title()
						+ "\" by department and took each one's median, 90th percentile, mean, longest and the "
						+ "complaints above Q3 + " + maker.query().text("factor") + "×IQR.";
		return maker.figure("departments", ko ? "부서별 처리일수" : "Handling days per department", description, statement,
				List.of(slow.median(), fast.median()), columns(ko, ko ? "부서" : "department"), rows(departments),
				sources, chart(ko, ko ? "부서별 처리일수 중앙값" : "Median handling days per department",
						ko ? "부서" : "department", departments));
	}

	private static List<String> columns(boolean ko, String group) {
		return ko ? List.of(group, "건수", "중앙값(일)", "90% 분위(일)", "평균(일)", "최대(일)", "이상값(건)")
				: List.of(group, "complaints", "median (days)", "p90 (days)", "mean (days)", "max (days)", "outliers");
	}

	private static List<List<Object>> rows(List<HandlingSummary> groups) {
		return groups.stream()
			.map(s -> List.<Object>of(s.name(), (double) s.count(), s.median(), FigureMaker.oneDecimal(s.p90()),
					s.mean(), (double) s.max(), (double) s.outlierCount()))
			.toList();
	}

	private static ChartData chart(boolean ko, String title, String axis, List<HandlingSummary> groups) {
		return groups.size() < 2 ? null
				: new ChartData(ChartData.Kind.BAR, title, axis, ko ? "중앙값(일)" : "median (days)",
						groups.stream().map(HandlingSummary::name).toList(),
						groups.stream().map(HandlingSummary::median).toList());
	}

}

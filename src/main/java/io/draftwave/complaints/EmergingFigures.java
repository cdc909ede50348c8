package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;

/**
 * The details and figure of {@code emerging}: each emerging noun's share of every
 * quarter, and the strongest one stated and drawn as a line, e.g.
 * {@code 2025년 4분기 민원 1,950건 중 '자전거'가 언급된 민원은 117건(6%)으로 직전 분기 0.3%, 전년 같은 분기 0.2%보다 크게 늘었습니다.}
 */
final class EmergingFigures {

	private EmergingFigures() {
	}

	/** Every quarter of the complaints, in time order, by quarter number. */
	static TreeMap<Integer, int[]> quarters(ComplaintTerms terms) {
		TreeMap<Integer, int[]> sizes = new TreeMap<>();
		for (Complaint c : terms.complaints()) {
			sizes.computeIfAbsent(EmergingIssues.quarter(c), q -> new int[1])[0]++;
		}
		return sizes;
	}

	static ComplaintDetails.Emerging details(ComplaintTerms terms, List<EmergingTerm> found, int limit) {
		TreeMap<Integer, int[]> sizes = quarters(terms);
		List<String> labels = sizes.keySet().stream().map(EmergingIssues::label).toList();
		List<EmergingTerm> kept = found.subList(0, Math.min(limit, found.size()));
		List<ComplaintDetails.Trend> trends = new ArrayList<>();
		for (EmergingTerm term : kept) {
			TreeMap<Integer, int[]> holding = new TreeMap<>();
			for (int i = 0; i < terms.size(); i++) {
				if (terms.nouns().get(i).contains(term.term())) {
					holding.computeIfAbsent(EmergingIssues.quarter(terms.complaints().get(i)), q -> new int[1])[0]++;
				}
			}
			trends.add(new ComplaintDetails.Trend(term,
					sizes.entrySet()
						.stream()
						.map(e -> (double) holding.getOrDefault(e.getKey(), new int[1])[0] / e.getValue()[0])
						.toList()));
		}
		String quarter = sizes.size() < 2 ? "" : EmergingIssues.label(sizes.lastKey());
		return new ComplaintDetails.Emerging(quarter, labels, trends);
	}

	static List<Analysis> of(FigureMaker maker, ComplaintTerms terms, ComplaintDetails.Emerging details) {
		if (details.quarter().isEmpty()) {
			return List.of();
		}
		boolean ko = maker.korean();
		String quarter = maker.period(details.quarter());
		int last = EmergingIssues.quarter(
				terms.complaints().stream().max(java.util.Comparator.comparing(Complaint::received)).orElseThrow());
		Set<Integer> compared = Set.of(last, last - 1, last - 4);
		List<Integer> rows = new ArrayList<>();
		int size = 0;
		for (Complaint c : terms.complaints()) {
			int q = EmergingIssues.quarter(c);
			if (compared.contains(q)) {
				rows.add(c.row());
			}
			size += q == last ? 1 : 0;
		}
		String n = FigureMaker.number(size);
		String settings = maker.query().text("minCount") + (ko ? "건" : "") + ", z " + maker.query().text("minZ") + ", "
				+ maker.query().text("minGrowth") + (ko ? "배" : "×");
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope() + "민원에서 명사마다 " + quarter
						+ "에 그 명사가 나온 민원의 비율을 직전 분기·전년 같은 분기와 비교해, 두 비교 모두 비율이 " + maker.query().text("minGrowth")
						+ "배 이상이고 두 비율 차이의 z 점수가 " + maker.query().text("minZ") + " 이상이며 " + quarter + "에 "
						+ maker.query().text("minCount") + "건 이상 나온 명사를 z 점수가 큰 순서로 골랐습니다."
				: "For each noun of the complaints" + maker.scope() + " in the table \"" + maker.title()
						+ "\", compared its share of the complaints of " + quarter
						+ " with the quarter before and the same quarter a year before, and kept nouns with at least "
						+ settings + " (count, two-proportion z-score, growth) in both comparisons, highest z first.";
		if (details.terms().isEmpty()) {
			String statement = ko ? maker.scope() + quarter + " 민원 " + n + "건에서 직전 분기와 전년 같은 분기보다 뚜렷하게 늘어난 핵심어는 없습니다."
					: "No noun of the " + n + " complaints of " + quarter + maker.scope()
							+ " grew clearly against the quarter before and the same quarter a year before.";
			return List.of(maker.figure("strongest", ko ? quarter + " 급증 핵심어" : "Emerging terms of " + quarter,
					description, statement, List.of((double) size), ko ? List.of("핵심어") : List.of("term"), List.of(),
					rows, null));
		}
		ComplaintDetails.Trend top = details.terms().getFirst();
		EmergingTerm t = top.term();
		double share = FigureMaker.percent(t.share());
		double previous = FigureMaker.percent(t.previousShare());
		List<Double> figures = new ArrayList<>(List.of((double) size, (double) t.count(), share, previous));
		String yearBefore = "";
		if (t.yearBeforeShare() != null) {
			double y = FigureMaker.percent(t.yearBeforeShare());
			figures.add(y);
			yearBefore = ko ? ", 전년 같은 분기 " + FigureMaker.number(y) + "%"
					: " and " + FigureMaker.number(y) + "% in the same quarter a year before";
		}
		String term = "'" + t.term() + "'";
		String statement = ko
				? maker.scope() + quarter + " 민원 " + n + "건 중 " + FigureMaker.subject(term) + " 언급된 민원은 "
						+ FigureMaker.number(t.count()) + "건(" + FigureMaker.number(share) + "%)으로 직전 분기 "
						+ FigureMaker.number(previous) + "%" + yearBefore + "보다 크게 늘었습니다."
				: "In " + quarter + maker.scope() + ", " + FigureMaker.number(t.count()) + " of " + n
						+ " complaints mentioned " + term + " (" + FigureMaker.number(share) + "%), up sharply from "
						+ FigureMaker.number(previous) + "% in the quarter before" + yearBefore + ".";
		List<List<Object>> table = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < details.quarters().size(); i++) {
			double p = FigureMaker.percent(top.shares().get(i));
			table.add(List.of(details.quarters().get(i), p));
			values.add(p);
		}
		String measure = ko ? term + " 언급 비율(%)" : "share mentioning " + term + " (%)";
		ChartData chart = values.size() < 2 ? null
				: new ChartData(ChartData.Kind.LINE, ko ? "분기별 " + term + " 언급 비율" : "Share mentioning " + term,
						ko ? "분기" : "quarter", measure, details.quarters(), values);
		return List.of(maker.figure("strongest", ko ? quarter + " 급증 핵심어 " + term : "Emerging term " + term,
				description, statement, figures, List.of(ko ? "분기" : "quarter", measure), table, rows, chart));
	}

}

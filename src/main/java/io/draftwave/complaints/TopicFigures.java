package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;

/**
 * The figures of {@code topics}: the key terms of the latest period (all fields
 * together), and the leading key term of each field in that period. Example statements:
 * {@code 2025년 4분기 민원 1,950건의 핵심어는 '자전거'(117건, 6%), '공유'(74건, 3.8%), '인도'(350건, 17.9%)입니다.}
 * and {@code 2025년 4분기 분야별 대표 핵심어는 …, 도로·교통 '자전거'(117건), …입니다.} (the generated 20,000-row
 * set)
 */
final class TopicFigures {

	private TopicFigures() {
	}

	static List<Analysis> of(FigureMaker maker, ComplaintTerms terms, Topics topics, List<TopicGroup> groups) {
		List<Analysis> figures = new ArrayList<>();
		if (groups.isEmpty()) {
			return figures;
		}
		String period = groups.getLast().period();
		TopicGroup whole = groups.stream()
			.filter(g -> g.period().equals(period) && g.field().isEmpty())
			.findFirst()
			.orElseThrow();
		List<Integer> rows = new ArrayList<>();
		for (Complaint c : terms.complaints()) {
			if (topics.period(c).equals(period)) {
				rows.add(c.row());
			}
		}
		figures.add(latest(maker, whole, rows));
		List<TopicGroup> fields = groups.stream()
			.filter(g -> g.period().equals(period) && !g.field().isEmpty() && !g.terms().isEmpty())
			.toList();
		if (!fields.isEmpty()) {
			figures.add(perField(maker, period, fields, rows));
		}
		return figures;
	}

	private static Analysis latest(FigureMaker maker, TopicGroup whole, List<Integer> rows) {
		boolean ko = maker.korean();
		String period = maker.period(whole.period());
		List<Double> figures = new ArrayList<>(List.of((double) whole.complaints()));
		List<String> items = new ArrayList<>();
		List<List<Object>> table = new ArrayList<>();
		for (TopicGroup.Term t : whole.terms()) {
			double percent = FigureMaker.percent(t.share());
			table.add(List.of(t.term(), (double) t.count(), percent, Math.round(t.score() * 10_000) / 10_000.0));
			if (items.size() < 3) {
				items.add("'" + t.term() + "'(" + FigureMaker.number(t.count()) + (ko ? "건, " : ", ")
						+ FigureMaker.number(percent) + "%)");
				figures.add((double) t.count());
				figures.add(percent);
			}
		}
		String n = FigureMaker.number(whole.complaints());
		String statement = items.isEmpty()
				? (ko ? maker.scope() + period + " 민원 " + n + "건에서 두 건 이상 나온 핵심어가 없습니다."
						: "No key term occurs in two or more of the " + n + " complaints of " + period + maker.scope()
								+ ".")
				: (ko ? maker.scope() + period + " 민원 " + n + "건의 핵심어는 " + String.join(", ", items) + "입니다."
						: "The key terms of the " + n + " complaints of " + period + maker.scope() + " are "
								+ String.join(", ", items) + ".");
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope() + period + " 민원 " + n
						+ "건에서 민원 내용의 명사(Nori 형태소 분석, 복합명사 유지)를 뽑고 민원·요청·문의 같은 상투어를 뺀 뒤, 각 명사가 나온 민원의 비율(TF)에 "
						+ "그 비율이 전체 기간 평균 비율보다 높은 정도(ln(TF ÷ 기간별 TF 평균))를 곱한 점수로 상위 " + whole.terms().size()
						+ "개를 골랐습니다. 예시 민원의 개인정보는 가렸습니다."
				: "From the " + n + " complaints of " + period + maker.scope() + " in the table \"" + maker.title()
						+ "\", took the Nori nouns of each text (compounds whole), left out boilerplate such as 민원, "
						+ "요청 and 문의, and ranked the nouns by the share of complaints holding them (TF) times how far "
						+ "that share is above the noun's mean share over all periods (ln(TF / mean TF)); kept the top "
						+ whole.terms().size() + ". Personal data in the example complaints is masked.";
		List<String> labels = whole.terms().stream().map(TopicGroup.Term::term).toList();
		List<Double> values = whole.terms().stream().map(t -> (double) t.count()).toList();
		String measure = ko ? "민원 수(건)" : "complaints";
		ChartData chart = labels.size() < 2 ? null : new ChartData(ChartData.Kind.BAR,
				(ko ? period + " 민원 핵심어" : "Key terms, " + period), ko ? "핵심어" : "term", measure, labels, values);
		return maker.figure("latest-period", ko ? period + " 민원 핵심어" : "Key terms of " + period, description, statement,
				figures,
				ko ? List.of("핵심어", "민원 수", "비율(%)", "점수") : List.of("term", "complaints", "share (%)", "score"), table,
				rows, chart);
	}

	private static Analysis perField(FigureMaker maker, String quarter, List<TopicGroup> fields, List<Integer> rows) {
		boolean ko = maker.korean();
		String period = maker.period(quarter);
		List<String> items = new ArrayList<>();
		List<Double> figures = new ArrayList<>();
		List<List<Object>> table = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (TopicGroup g : fields) {
			TopicGroup.Term top = g.terms().getFirst();
			items.add(g.field() + " '" + top.term() + "'(" + FigureMaker.number(top.count()) + (ko ? "건)" : ")"));
			figures.add((double) top.count());
			table.add(List.of(g.field(), top.term(), (double) top.count(), FigureMaker.percent(top.share())));
			labels.add(g.field() + " · " + top.term());
			values.add((double) top.count());
		}
		String statement = ko ? maker.scope() + period + " 분야별 대표 핵심어는 " + String.join(", ", items) + "입니다."
				: "The leading key term of each field in " + period + maker.scope() + ": " + String.join(", ", items)
						+ ".";
		String description = ko ? "표 「" + maker.title() + "」의 " + maker.scope() + period
				+ " 민원을 분야별로 나누어, 각 분야에서 TF-IDF 점수(명사가 나온 민원의 비율 × ln(기간·분야 묶음 수 ÷ 명사가 나온 묶음 수))가 가장 높은 핵심어를 골랐습니다."
				: "Split the complaints of " + period + maker.scope() + " in the table \"" + maker.title()
						+ "\" by field and took each field's noun with the highest TF-IDF score (share of its "
						+ "complaints holding the noun times its rarity in the other periods and fields).";
		ChartData chart = labels.size() < 2 ? null
				: new ChartData(ChartData.Kind.BAR, ko ? period + " 분야별 대표 핵심어" : "Leading term per field, " + period,
						ko ? "분야 · 핵심어" : "field · term", ko ? "민원 수(건)" : "complaints", labels, values);
		return maker.figure("field-leaders", ko ? period + " 분야별 대표 핵심어" : "Leading term per field in " + period,
				description, statement, figures,
				ko ? List.of("분야", "핵심어", "민원 수", "비율(%)") : List.of("field", "term", "complaints", "share (%)"), table,
				rows, chart);
	}

}

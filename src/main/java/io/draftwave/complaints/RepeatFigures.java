package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;

/**
 * The details and figure of {@code repeats}: the clusters with their complaints, and the
 * count of clusters and complaints with the largest cluster stated, e.g.
 * {@code 같은 장소·분야에서 14일 안에 5건 이상 접수되었거나 내용이 거의 같은 반복 민원 묶음은 6개, 민원 47건입니다. 가장 큰 묶음은 새빛구 은행나무로 47의 소음 민원 10건(2024-02-02~2024-02-28)입니다.}
 */
final class RepeatFigures {

	/** Clusters drawn at most. */
	static final int DRAWN = 10;

	private RepeatFigures() {
	}

	static ComplaintDetails.Repeats details(ComplaintTerms terms, List<RepeatCluster> found, int limit) {
		java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < terms.size(); i++) {
			index.put(terms.complaints().get(i).row(), i);
		}
		List<ComplaintDetails.Cluster> clusters = found.stream()
			.limit(limit)
			.map(c -> new ComplaintDetails.Cluster(c.field(), c.places(), c.first(), c.last(), c.reasons(),
					c.rows().stream().map(r -> ComplaintRow.of(terms, index.get(r))).toList()))
			.toList();
		return new ComplaintDetails.Repeats(found.size(), found.stream().mapToInt(c -> c.rows().size()).sum(),
				clusters);
	}

	static Analysis of(FigureMaker maker, List<RepeatCluster> found) {
		boolean ko = maker.korean();
		ComplaintQuery q = maker.query();
		int complaints = found.stream().mapToInt(c -> c.rows().size()).sum();
		String rule = ko
				? "같은 장소·분야에서 " + q.text("days") + "일 안에 " + q.text("count") + "건 이상 접수되었거나 " + q.text("textDays")
						+ "일 안에 내용이 거의 같은(명사 쌍 자카드 유사도 " + q.text("similarity") + " 이상)"
				: "received at one place in one field, " + q.text("count") + " or more within " + q.text("days")
						+ " days, or near-duplicates (Jaccard similarity of noun pairs at least " + q.text("similarity")
						+ ") within " + q.text("textDays") + " days";
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope() + "민원에서 " + rule + " 민원을 서로 잇고, 이어진 민원 "
						+ q.text("minComplaints") + "건 이상을 한 묶음으로 세었습니다. 비슷한 문장 후보는 MinHash로 찾은 뒤 유사도를 정확히 계산했습니다."
				: "Linked the complaints" + maker.scope() + " in the table \"" + maker.title() + "\" " + rule
						+ ", and counted linked groups of " + q.text("minComplaints")
						+ " or more as clusters; similar texts were found with MinHash, their similarity then "
						+ "computed exactly.";
		List<Double> figures = new ArrayList<>(List.of((double) found.size(), (double) complaints));
		String statement;
		String subject = ko
				? "같은 장소·분야에서 " + q.text("days") + "일 안에 " + q.text("count") + "건 이상 접수되었거나 내용이 거의 같은 반복 민원 묶음은 " : "";
		if (found.isEmpty()) {
			statement = ko ? maker.scope() + subject + "없습니다."
					: "No repeat-complaint cluster" + maker.scope() + " (" + rule + ").";
		}
		else {
			RepeatCluster largest = found.getFirst();
			figures.add((double) largest.rows().size());
			String place = largest.places().isEmpty() ? "" : largest.places().getFirst();
			statement = ko
					? maker.scope() + subject + FigureMaker.number(found.size()) + "개, 민원 "
							+ FigureMaker.number(complaints) + "건입니다. 가장 큰 묶음은 " + place + "의 " + largest.field()
							+ " 민원 " + largest.rows().size() + "건(" + largest.first() + "~" + largest.last() + ")입니다."
					: found.size() + " repeat-complaint clusters" + maker.scope() + " hold " + complaints
							+ " complaints; the largest holds " + largest.rows().size() + " complaints of "
							+ largest.field() + " at " + place + " (" + largest.first() + " to " + largest.last()
							+ ").";
		}
		List<List<Object>> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Integer> sources = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			RepeatCluster c = found.get(i);
			String place = String.join(", ", c.places());
			sources.addAll(c.rows());
			if (i < Integer.parseInt(q.text("clusters"))) {
				rows.add(List.of((double) (i + 1), place, c.field(), (double) c.rows().size(), c.first().toString(),
						c.last().toString()));
			}
			if (i < DRAWN) {
				labels.add((i + 1) + ". " + (c.places().isEmpty() ? c.field() : c.places().getFirst()));
				values.add((double) c.rows().size());
			}
		}
		String measure = ko ? "민원 수(건)" : "complaints";
		ChartData chart = labels.size() < 2 ? null
				: new ChartData(ChartData.Kind.BAR, ko ? "반복 민원 묶음별 민원 수" : "Complaints per repeat cluster",
						ko ? "묶음" : "cluster", measure, labels, values);
		return maker
			.figure("clusters", ko ? "반복 민원 묶음" : "Repeat-complaint clusters", description, statement, figures,
					ko ? List.of("묶음", "장소", "분야", "민원 수", "첫 접수일", "마지막 접수일")
							: List.of("cluster", "places", "field", "complaints", "first", "last"),
					rows, sources, chart);
	}

}

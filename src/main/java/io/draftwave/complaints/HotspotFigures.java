package io.draftwave.complaints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.ChartData;

/**
 * The figure of {@code hotspots}: the places with most complaints of one field in the
 * period, whatever the field, with the period before, e.g.
 * {@code 2025-10-01~2025-12-31 민원이 가장 많은 장소는 가람구 푸른솔로 8(환경·청소, 6건, 직전 같은 기간 0건), …입니다.}
 */
final class HotspotFigures {

	/** Places the statement names at most; the rows and the chart hold all listed. */
	static final int STATED = 3;

	private HotspotFigures() {
	}

	static Analysis of(FigureMaker maker, Hotspots.Periods periods, List<Hotspot> hotspots) {
		boolean ko = maker.korean();
		int limit = Integer.parseInt(maker.query().text("places"));
		List<Hotspot> top = hotspots.stream()
			.sorted(Comparator.comparingInt((Hotspot h) -> -h.count()).thenComparing(Hotspot::where))
			.limit(limit)
			.toList();
		String span = periods.from() + "~" + periods.to();
		String before = periods.previousFrom() + "~" + periods.previousTo();
		List<String> items = new ArrayList<>();
		List<Double> figures = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Integer> sources = new ArrayList<>();
		for (Hotspot h : top) {
			if (items.size() < STATED) {
				items
					.add(ko ? h.where() + "(" + h.field() + ", " + h.count() + "건, 직전 같은 기간 " + h.previousCount() + "건)"
							: h.where() + " (" + h.field() + ", " + h.count() + ", " + h.previousCount() + " before)");
				figures.add((double) h.count());
				figures.add((double) h.previousCount());
			}
			rows.add(List.of(h.where(), h.field(), (double) h.count(), (double) h.previousCount(), (double) h.change(),
					h.changePercent() == null ? "-" : h.changePercent()));
			labels.add(h.where() + " (" + h.field() + ")");
			values.add((double) h.count());
			sources.addAll(h.rows());
		}
		String statement = items.isEmpty()
				? (ko ? span + " " + maker.scope() + "민원 가운데 장소가 적힌 민원이 없습니다."
						: "No complaint with a place" + maker.scope() + " from " + periods.from() + " to "
								+ periods.to() + ".")
				: (ko ? span + " " + maker.scope() + "민원이 가장 많은 장소는 " + String.join(", ", items) + "입니다."
						: "From " + periods.from() + " to " + periods.to() + maker.scope()
								+ ", the places with most complaints of one field were " + String.join("; ", items)
								+ ".");
		String description = ko
				? "표 「" + maker.title() + "」의 " + maker.scope() + "민원을 장소(자치구와 장소)와 분야별로 세어 " + span + "("
						+ periods.days() + "일)에 가장 많은 " + limit + "곳을 고르고, 바로 앞의 같은 길이 기간(" + before + ")의 건수와 비교했습니다."
				: "Counted the complaints" + maker.scope() + " in the table \"" + maker.title()
						+ "\" per place (district and place) and field from " + periods.from() + " to " + periods.to()
						+ " (" + periods.days() + " days), kept the top " + limit
						+ ", and compared each with the period of equal length just before (" + before + ").";
		String measure = ko ? "민원 수(건)" : "complaints";
		ChartData chart = labels.size() < 2 ? null
				: new ChartData(ChartData.Kind.BAR, ko ? span + " 민원 다발 장소" : "Complaint hotspots, " + span,
						ko ? "장소 (분야)" : "place (field)", measure, labels, values);
		return maker.figure("top-places", ko ? span + " 민원 다발 장소" : "Complaint hotspots " + span, description,
				statement, figures,
				ko ? List.of("장소", "분야", "민원 수", "직전 기간 민원 수", "증감", "증감률(%)")
						: List.of("place", "field", "complaints", "before", "change", "change (%)"),
				rows, sources, chart);
	}

}

package io.draftwave.complaints;

import java.util.List;

import io.draftwave.tables.Analysis;

/**
 * One analysis of a query on a table's complaints: filters them, runs the analysis with
 * the query's parameters and makes its figures and details.
 */
final class ComplaintRun {

	/** Example complaints per emerging noun. */
	static final int EXAMPLES = 3;

	private final ComplaintQuery query;

	private final FigureMaker maker;

	private final ComplaintTableFacts facts;

	ComplaintRun(ComplaintQuery query, FigureMaker maker, ComplaintTableFacts facts) {
		this.query = query;
		this.maker = maker;
		this.facts = facts;
	}

	ComplaintFindings run(ComplaintTerms all) {
		ComplaintTerms chosen = all.filter(query.filter());
		return switch (query.analysis()) {
			case TOPICS -> {
				boolean yearly = query.text("period").equals("year");
				Topics topics = new Topics(yearly, query.whole("terms"), query.whole("examples"));
				List<TopicGroup> groups = topics.find(chosen);
				yield findings(chosen.size(), TopicFigures.of(maker, chosen, topics, groups),
						new ComplaintDetails.Topics(query.text("period"), groups));
			}
			case EMERGING -> {
				EmergingIssues emerging = new EmergingIssues(new EmergingIssues.Settings(query.whole("minCount"),
						query.decimal("minZ"), query.decimal("minGrowth"), EXAMPLES));
				List<EmergingTerm> found = emerging.lastQuarter(chosen);
				ComplaintDetails.Emerging details = EmergingFigures.details(chosen, found, query.whole("terms"));
				yield findings(chosen.size(), EmergingFigures.of(maker, chosen, details), details);
			}
			case REPEATS -> {
				RepeatComplaints repeats = new RepeatComplaints(
						new RepeatComplaints.Settings(query.decimal("similarity"), query.whole("textDays"),
								query.whole("count"), query.whole("days"), query.whole("minComplaints")));
				List<RepeatCluster> found = repeats.find(chosen);
				yield findings(chosen.size(), List.of(RepeatFigures.of(maker, found)),
						RepeatFigures.details(chosen, found, query.whole("clusters")));
			}
			case HOTSPOTS -> {
				ComplaintTerms placed = all.filter(query.placeFilter());
				Hotspots.Periods periods = Hotspots.periods(placed, query, query.whole("months"));
				List<Hotspot> hotspots = new Hotspots(query.whole("places")).find(placed, periods);
				int inPeriod = (int) placed.complaints()
					.stream()
					.filter(c -> !c.received().isBefore(periods.from()) && !c.received().isAfter(periods.to()))
					.count();
				yield findings(inPeriod, List.of(HotspotFigures.of(maker, periods, hotspots)),
						new ComplaintDetails.Hotspots(periods.from(), periods.to(), periods.previousFrom(),
								periods.previousTo(), hotspots));
			}
			case HANDLING -> {
				List<HandlingSummary> summaries = new HandlingTimes(query.decimal("factor"), query.whole("outliers"))
					.summarise(chosen);
				yield findings(chosen.size(), HandlingFigures.of(maker, chosen, summaries),
						new ComplaintDetails.Handling(query.decimal("factor"), summaries));
			}
		};
	}

	private ComplaintFindings findings(int complaints, List<Analysis> figures, ComplaintDetails details) {
		return new ComplaintFindings(query, facts, complaints, figures, details);
	}

}

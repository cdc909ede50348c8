package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.FigureLookup;
import io.draftwave.drafting.FigureSource;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complaint analyses a draft about complaints cites: a request that speaks of
 * complaints ({@code 민원}, {@code complaint}) and of what the analyses find gets their
 * figures as sources, each kept in the {@link AnalysisArchive} like a table's answer.
 * Which analyses, from the request's words: 반복·중복 → repeats; 급증·증가·신규 → emerging issues;
 * 처리 기간·처리일수·지연 → handling; 장소·지역·다발 → hotspots; 핵심어·키워드·주제 → topics; a report on trends
 * or an analysis as a whole ({@code 분야별 민원 동향과 반복 민원 개선 방안}) gets all five, in the order
 * a report reads them: topics, emerging issues, hotspots, repeats, handling. One figure
 * per analysis, its first. A year the request names ({@code 2025년 민원 동향}) limits the
 * analyses to it.
 * <p>
 * The complaint table is the largest among the request's documents, or among all tables
 * when the request names none; without one, or when the tables cannot be read, the draft
 * cites passages only. The first analysis of a table reads and analyses all its texts
 * (about 15 s for 20,000 complaints); the next ones start from memory.
 */
final class ComplaintFigures implements FigureLookup {

	private static final Logger log = LoggerFactory.getLogger(ComplaintFigures.class);

	private static final Pattern COMPLAINTS = Pattern.compile("민원|complaint", Pattern.CASE_INSENSITIVE);

	private static final Pattern WHOLE = Pattern.compile("동향|추이|추세|현황 분석|분석 보고|민원 분석|trend|analysis",
			Pattern.CASE_INSENSITIVE);

	private static final Map<ComplaintAnalysis, Pattern> ASKED = Map.of(ComplaintAnalysis.REPEATS,
			Pattern.compile("반복|중복|되풀이|repeat|duplicate", Pattern.CASE_INSENSITIVE), ComplaintAnalysis.EMERGING,
			Pattern.compile("급증|급격|증가|늘어|늘고|신규 쟁점|새로운 쟁점|emerging|rising|surge", Pattern.CASE_INSENSITIVE),
			ComplaintAnalysis.HANDLING,
			Pattern.compile("처리 ?기간|처리 ?일수|처리 ?시간|지연|handling|time to close", Pattern.CASE_INSENSITIVE),
			ComplaintAnalysis.HOTSPOTS, Pattern.compile("장소|지역|다발|집중|핫스팟|hotspot|where", Pattern.CASE_INSENSITIVE),
			ComplaintAnalysis.TOPICS, Pattern.compile("핵심어|키워드|주제|topic|key ?word|key term", Pattern.CASE_INSENSITIVE));

	/** The order a report reads the analyses in. */
	private static final List<ComplaintAnalysis> REPORT_ORDER = List.of(ComplaintAnalysis.TOPICS,
			ComplaintAnalysis.EMERGING, ComplaintAnalysis.HOTSPOTS, ComplaintAnalysis.REPEATS,
			ComplaintAnalysis.HANDLING);

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})\\s*년?(?!\\d)");

	private final Supplier<ComplaintAnalyses> analyses;

	private final AnalysisArchive archive;

	/**
	 * @param analyses the complaint analyses, asked for when the first request about
	 * complaints comes (the tables database is opened lazily)
	 * @param archive where the analyses behind figure sources are kept, by their id
	 */
	ComplaintFigures(Supplier<ComplaintAnalyses> analyses, AnalysisArchive archive) {
		this.analyses = analyses;
		this.archive = archive;
	}

	/** The analyses a request asks for, in report order; empty when it asks none. */
	static List<ComplaintAnalysis> asked(String instructions) {
		if (!COMPLAINTS.matcher(instructions).find()) {
			return List.of();
		}
		if (WHOLE.matcher(instructions).find()) {
			return REPORT_ORDER;
		}
		Set<ComplaintAnalysis> asked = EnumSet.noneOf(ComplaintAnalysis.class);
		ASKED.forEach((analysis, words) -> {
			if (words.matcher(instructions).find()) {
				asked.add(analysis);
			}
		});
		return REPORT_ORDER.stream().filter(asked::contains).toList();
	}

	@Override
	public List<NumberedSource> find(DraftRequest request) {
		List<ComplaintAnalysis> asked = asked(request.instructions());
		if (asked.isEmpty()) {
			return List.of();
		}
		try {
			ComplaintAnalyses complaints = analyses.get();
			Optional<ComplaintTableFacts> table = complaints.list()
				.stream()
				.filter(t -> request.documentIds().isEmpty() || request.documentIds().contains(t.documentId()))
				.max(Comparator.comparingLong(ComplaintTableFacts::rows));
			if (table.isEmpty()) {
				return List.of();
			}
			String year = year(request.instructions(), table.get());
			String language = request.language() == Language.EN ? "en" : "ko";
			List<NumberedSource> sources = new ArrayList<>();
			for (ComplaintAnalysis analysis : asked) {
				ComplaintQuery query = ComplaintQuery.of(table.get().tableId(), analysis.wireName(),
						year == null ? null : year + "-01-01", year == null ? null : year + "-12-31", null, null,
						language, Map.of());
				List<Analysis> figures = complaints.analyse(query).figures();
				if (!figures.isEmpty()) {
					Analysis first = figures.getFirst();
					sources.add(FigureSource.of(sources.size() + 1, first, archive.keep(first), request.language()));
				}
			}
			return sources;
		}
		catch (RuntimeException ex) {
			log.warn("Drafting without complaint figures: the complaint analyses failed: {}", ex.toString());
			return List.of();
		}
	}

	/** The one year the request names, when the table's complaints reach into it. */
	private static @Nullable String year(String instructions, ComplaintTableFacts table) {
		Matcher m = YEAR.matcher(instructions);
		Set<String> years = new TreeSet<>();
		while (m.find()) {
			years.add(m.group(1));
		}
		if (years.size() != 1 || table.from() == null || table.to() == null) {
			return null;
		}
		int year = Integer.parseInt(years.iterator().next());
		LocalDate first = table.from();
		LocalDate last = table.to();
		return year >= first.getYear() && year <= last.getYear() ? String.valueOf(year) : null;
	}

}

package io.draftwave.drafting;

import java.util.List;
import java.util.function.Supplier;

import io.draftwave.tables.Analyses;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Answer;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the tables the request's instructions ({@link Analyses#ask}) when they ask for a
 * figure ({@link FigureQuestion}), restricted to the tables of the request's documents
 * when it names some. An {@link Analysis} is kept in the {@link AnalysisArchive} and
 * becomes the figure source ({@link FigureSource}); a clarification or "no table" adds
 * nothing, so a figure is never guessed. "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?" gets the three
 * fields and their counts; "청년 일자리 박람회 결과와 향후 계획" gets none.
 * <p>
 * Cheap: the planner reads the tables' cards, kept in memory, and runs one read-only
 * query. A request naming documents without tables, or a service without tables, asks
 * nothing. When the tables cannot be read (the database is missing, locked or broken) the
 * draft is written from passages and one line says so. Blocking; thread-safe.
 */
public final class TableFigureLookup implements FigureLookup {

	private static final Logger log = LoggerFactory.getLogger(TableFigureLookup.class);

	private final Supplier<Tables> tables;

	private final Supplier<Analyses> analyses;

	private final AnalysisArchive archive;

	/**
	 * @param tables the tables, asked for when the first request comes (the database is
	 * opened lazily)
	 * @param analyses the analyses over them
	 * @param archive where the analyses behind figure sources are kept, by their id
	 */
	public TableFigureLookup(Supplier<Tables> tables, Supplier<Analyses> analyses, AnalysisArchive archive) {
		this.tables = tables;
		this.analyses = analyses;
		this.archive = archive;
	}

	@Override
	public List<NumberedSource> find(DraftRequest request) {
		if (!FigureQuestion.asks(request.instructions())) {
			return List.of();
		}
		try {
			List<TableInfo> all = tables.get().list();
			List<String> tableIds = all.stream()
				.filter(t -> request.documentIds().contains(t.documentId()))
				.map(TableInfo::tableId)
				.toList();
			// no tables among the request's documents: an empty list would mean all
			// tables
			if (all.isEmpty() || !request.documentIds().isEmpty() && tableIds.isEmpty()) {
				return List.of();
			}
			Answer answer = analyses.get().ask(request.instructions(), request.language().code(), tableIds);
			if (!(answer instanceof Analysis analysis)) {
				return List.of();
			}
			String id = archive.keep(analysis);
			return List.of(FigureSource.of(1, analysis, id, request.language()));
		}
		catch (RuntimeException ex) {
			log.warn("Drafting from passages only, without computed figures: the tables database "
					+ "<draftwave.data-dir>/{} could not be read: {}", Tables.DATABASE_FILE, ex.toString());
			return List.of();
		}
	}

}

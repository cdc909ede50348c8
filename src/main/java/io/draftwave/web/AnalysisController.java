package io.draftwave.web;

import java.util.List;

import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.ChartData;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A computed figure that a draft cites, {@code GET /api/analyses/{analysisId}}: what a
 * figure citation's {@code url} links to. It answers while the analysis is kept (see
 * {@link AnalysisArchive}); after that, 404.
 */
@RestController
class AnalysisController {

	private final AnalysisArchive archive;

	AnalysisController(AnalysisArchive archive) {
		this.archive = archive;
	}

	/**
	 * An analysis with everything needed to check it.
	 *
	 * @param analysisId its id
	 * @param question the question it answered
	 * @param tableId the table it read
	 * @param documentId the table's document
	 * @param title the table's title
	 * @param description the plan in words
	 * @param statement the sentence a draft quotes
	 * @param figures the numbers the statement states
	 * @param columns the result's columns
	 * @param rows the result's rows
	 * @param sourceRows the table's data rows (from 1) the result was computed from
	 * @param sourceRowCount how many there are in all
	 * @param sql the SQL run, values as {@code ?}
	 * @param parameters the values bound to it
	 * @param chart the values to draw, when there are two or more
	 * @param document link to the table's document record
	 * @param original link to the document's original file
	 */
	record AnalysisView(String analysisId, String question, String tableId, String documentId, String title,
			String description, String statement, List<Double> figures, List<String> columns, List<List<Object>> rows,
			List<Integer> sourceRows, long sourceRowCount, String sql, List<Object> parameters,
			@Nullable ChartData chart, String document, String original) {

		static AnalysisView of(String id, Analysis a) {
			String documentId = a.table().documentId();
			return new AnalysisView(id, a.question(), a.table().tableId(), documentId, a.table().title(),
					a.description(), a.statement(), a.figures(), a.columns(), a.rows(), a.sourceRows(),
					a.sourceRowCount(), a.sql(), a.parameters(), a.chart(), Links.document(documentId),
					Links.original(documentId));
		}

	}

	@GetMapping("/api/analyses/{analysisId}")
	Mono<AnalysisView> findAnalysis(@PathVariable String analysisId) {
		return Mono.justOrEmpty(archive.find(analysisId))
			.map(a -> AnalysisView.of(analysisId, a))
			.switchIfEmpty(Mono.error(() -> new AnalysisNotFoundException(analysisId)));
	}

}

package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.draftwave.audit.AuditNotes;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.StoreWork;
import io.draftwave.corpus.UnknownLanguageException;
import io.draftwave.tables.Analyses;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Answer;
import io.draftwave.tables.ChartData;
import io.draftwave.tables.Charts;
import io.draftwave.tables.Tables;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions over the tables, answered with figures Draftwave computes itself
 * ({@code POST /api/analyses}), and each answer kept by its id in the
 * {@link AnalysisArchive} for its chart (SVG, PNG) and its result as CSV. A question no
 * table answers is a 422 {@code no-table} problem with the closest tables; one that could
 * mean several things a 422 {@code clarification-needed} with the reason and candidates.
 * The plan runs on the store's threads ({@link StoreWork}), so a client that goes away
 * never interrupts DuckDB; an analysis finished after that is kept all the same.
 */
@RestController
class AnalysisController {

	/** The longest question taken, in characters. */
	static final int MAX_QUESTION_LENGTH = 1000;

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final String ANALYSIS_EXAMPLE = """
			{"question": "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?", "language": "ko"}""";

	private final ObjectProvider<Analyses> analyses;

	private final ObjectProvider<Tables> tables;

	private final AnalysisArchive archive;

	private final StoreWork work;

	AnalysisController(ObjectProvider<Analyses> analyses, ObjectProvider<Tables> tables, AnalysisArchive archive,
			StoreWork work) {
		this.analyses = analyses;
		this.tables = tables;
		this.archive = archive;
		this.work = work;
	}

	/**
	 * Body of {@code POST /api/analyses}.
	 *
	 * @param question the question, Korean or English
	 * @param language ko or en for the words of the answer; absent: the question's
	 * @param tableIds consider only these tables; absent or empty: all
	 */
	record AnalysisBody(@Nullable String question, @Nullable String language, @Nullable List<String> tableIds) {

		@Nullable Language askedLanguage() {
			try {
				return language == null || language.isBlank() ? null : Language.of(language);
			}
			catch (UnknownLanguageException ex) {
				return null;
			}
		}

		String validQuestion() {
			if (question == null || question.isBlank()) {
				throw new InvalidRequestException("'question' must not be empty", askedLanguage());
			}
			if (question.length() > MAX_QUESTION_LENGTH) {
				throw new InvalidRequestException(
						"'question' must be at most " + MAX_QUESTION_LENGTH + " characters, not " + question.length(),
						askedLanguage());
			}
			if (language != null && !language.isBlank() && askedLanguage() == null) {
				throw InvalidRequestException.notOneOf("language", language, List.of("ko", "en"), null);
			}
			return question.strip();
		}

	}

	@Operation(summary = "Answer a question over the tables with computed figures",
			description = "Plans the question offline, runs it as read-only SQL and keeps the analysis by its id. "
					+ "422 no-table: no table holds what it asks (see 'closest'); 422 clarification-needed: "
					+ "it could mean several things (see 'reason' and 'candidates').",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = AnalysisBody.class),
							examples = @ExampleObject(value = ANALYSIS_EXAMPLE))))
	@PostMapping(path = "/api/analyses", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<AnalysisView> createAnalysis(@RequestBody AnalysisBody body, ServerHttpRequest request) {
		String question = body.validQuestion();
		Language asked = body.askedLanguage();
		Language problemLanguage = asked != null ? asked : ProblemCatalogue.language(request);
		Set<String> tableIds = body.tableIds() == null ? Set.of() : Set.copyOf(body.tableIds());
		return work.call(() -> {
			checkTables(tableIds, problemLanguage);
			Answer answer = analyses.getObject().ask(question, asked == null ? null : asked.code(), tableIds);
			if (answer instanceof Analysis analysis) {
				return AnalysisView.of(archive.keep(analysis), analysis);
			}
			throw new UnansweredQuestionException(answer, problemLanguage);
		})
			.transformDeferredContextual((view, context) -> view.doOnNext(
					v -> AuditNotes.in(context).ifPresent(notes -> notes.sources(List.of(), List.of(v.analysisId())))));
	}

	@Operation(summary = "A kept analysis", description = "404 when the id is unknown or no longer kept.")
	@GetMapping("/api/analyses/{analysisId}")
	AnalysisView findAnalysis(@PathVariable String analysisId) {
		return AnalysisView.of(analysisId, find(analysisId));
	}

	@Operation(summary = "The chart of a kept analysis as SVG", description = "404 when the result has no chart.")
	@GetMapping("/api/analyses/{analysisId}/chart.svg")
	Mono<ResponseEntity<byte[]>> drawSvg(@PathVariable String analysisId) {
		ChartData chart = chart(analysisId);
		return Mono.fromCallable(() -> Charts.svg(chart).getBytes(StandardCharsets.UTF_8))
			.subscribeOn(Schedulers.boundedElastic())
			.map(svg -> ResponseEntity.ok().contentType(SVG).body(svg));
	}

	@Operation(summary = "The chart of a kept analysis as PNG", description = "404 when the result has no chart.")
	@GetMapping("/api/analyses/{analysisId}/chart.png")
	Mono<ResponseEntity<byte[]>> drawPng(@PathVariable String analysisId) {
		ChartData chart = chart(analysisId);
		return Mono.fromCallable(() -> Charts.png(chart))
			.subscribeOn(Schedulers.boundedElastic())
			.map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png));
	}

	@Operation(summary = "The result of a kept analysis as CSV",
			description = "UTF-8 with a byte order mark, so spreadsheet programs read Korean correctly.")
	@GetMapping("/api/analyses/{analysisId}/result.csv")
	ResponseEntity<byte[]> downloadResult(@PathVariable String analysisId) {
		Analysis analysis = find(analysisId);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("analysis-" + analysisId + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(ResultCsv.write(analysis.columns(), analysis.rows()));
	}

	private Analysis find(String analysisId) {
		return archive.find(analysisId).orElseThrow(() -> new AnalysisNotFoundException(analysisId));
	}

	private ChartData chart(String analysisId) {
		ChartData chart = find(analysisId).chart();
		if (chart == null) {
			throw new ChartNotFoundException(analysisId);
		}
		return chart;
	}

	private void checkTables(Set<String> tableIds, Language language) {
		if (tableIds.isEmpty()) {
			return;
		}
		Set<String> known = tables.getObject().list().stream().map(t -> t.tableId()).collect(Collectors.toSet());
		List<String> unknown = tableIds.stream().filter(id -> !known.contains(id)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new InvalidRequestException("'tableIds' names no table: " + String.join(", ", unknown), language);
		}
	}

}

package io.draftwave.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.draftwave.complaints.ComplaintAnalyses;
import io.draftwave.complaints.ComplaintDetails;
import io.draftwave.complaints.ComplaintFindings;
import io.draftwave.complaints.ComplaintQuery;
import io.draftwave.complaints.ComplaintTableFacts;
import io.draftwave.corpus.StoreWork;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.AnalysisArchive;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaint analysis over the complaint tables: the tables with their filter values
 * ({@code GET /api/complaints/tables}) and one analysis of one table
 * ({@code POST /api/complaints/analyses}), its figures kept in the
 * {@link AnalysisArchive} so each has its {@code /api/analyses/{id}}, chart and CSV like
 * any table figure. Errors: an unknown table 404, a table that holds no complaints 422
 * {@code not-a-complaint-table}, an unknown analysis or a parameter out of range 400 with
 * {@code field} and {@code allowed}. The analysis runs on threads of its own, apart from
 * the store's ({@link StoreWork}): the first analysis of a table reads and analyses every
 * text (seconds for 20,000 complaints, minutes for a million), and uploads, drafts and
 * reviews must not wait behind it; later ones start from memory. A client that goes away
 * does not interrupt an analysis, so the texts read for it stay ready.
 */
@RestController
class ComplaintController {

	/** The body's fields that are not parameters of the analysis. */
	static final Set<String> QUERY_FIELDS = Set.of("tableId", "analysis", "from", "to", "field", "district",
			"language");

	private static final String EXAMPLE = """
			{"tableId": "…", "analysis": "repeats", "from": "2025-01-01", "to": "2025-12-31", "district": "누리구",
			 "count": 3, "days": 14, "similarity": 0.6}""";

	private final ObjectProvider<ComplaintAnalyses> analyses;

	private final AnalysisArchive archive;

	/** Complaint analyses run at once; more wait their turn. */
	static final int THREADS = 2;

	private final Scheduler scheduler = StoreWork.uninterrupted(StoreWork.daemonThreads("complaint-analysis", THREADS));

	ComplaintController(ObjectProvider<ComplaintAnalyses> analyses, AnalysisArchive archive) {
		this.analyses = analyses;
		this.archive = archive;
	}

	private <T> Mono<T> call(Callable<T> task) {
		return Mono.fromCallable(task).subscribeOn(scheduler);
	}

	/** The complaint tables. */
	record ComplaintTableList(List<ComplaintTableView> tables) {
	}

	/**
	 * A complaint table with its filter values.
	 *
	 * @param columns the column of each role found: text, received, field, district,
	 * place, latitude, longitude, department, handling_days, status
	 */
	record ComplaintTableView(String tableId, String documentId, String title, long rows, Map<String, String> columns,
			List<String> fields, List<String> districts, List<String> departments, @Nullable LocalDate from,
			@Nullable LocalDate to, String rowsUrl) {

		static ComplaintTableView of(ComplaintTableFacts f) {
			Map<String, String> columns = new LinkedHashMap<>();
			f.columns().forEach((role, name) -> columns.put(role.name().toLowerCase(Locale.ROOT), name));
			return new ComplaintTableView(f.tableId(), f.documentId(), f.title(), f.rows(), columns, f.fields(),
					f.districts(), f.departments(), f.from(), f.to(), Links.tableRows(f.tableId()));
		}

	}

	/**
	 * The query as run, every parameter set.
	 *
	 * @param parameters the analysis's parameters by name, defaults filled in
	 */
	record QueryView(String tableId, String analysis, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable LocalDate from,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable LocalDate to,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String field,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String district, String language,
			Map<String, String> parameters) {

		static QueryView of(ComplaintQuery q) {
			return new QueryView(q.tableId(), q.analysis().wireName(), q.from(), q.to(), q.field(), q.district(),
					q.korean() ? "ko" : "en", new java.util.TreeMap<>(q.parameters()));
		}

	}

	/**
	 * A figure of the analysis, kept by its id.
	 *
	 * @param analysis the analysis with its plan, rows and source rows:
	 * {@code /api/analyses/{analysisId}}
	 * @param chart its chart's images, or null when it has none
	 */
	record FigureView(String analysisId, String title, String statement, String description, List<Double> figures,
			List<String> columns, List<List<Object>> rows, List<Integer> sourceRows, long sourceRowCount,
			String analysis, @JsonInclude(JsonInclude.Include.ALWAYS) AnalysisView.@Nullable ChartLinks chart,
			String csv, String page) {

		static FigureView of(String id, Analysis a) {
			AnalysisView.ChartLinks chart = a.chart() == null ? null : new AnalysisView.ChartLinks(
					Links.analysisFile(id, "chart.svg"), Links.analysisFile(id, "chart.png"));
			return new FigureView(id, a.question(), a.statement(), a.description(), a.figures(), a.columns(), a.rows(),
					a.sourceRows(), a.sourceRowCount(), Links.analysis(id), chart, Links.analysisFile(id, "result.csv"),
					Links.analysisPage(id));
		}

	}

	/**
	 * The answer of {@code POST /api/complaints/analyses}.
	 *
	 * @param complaintCount the complaints that met the filters (hotspots: in the period)
	 * @param details what the analysis found, by analysis: {@code groups} (topics),
	 * {@code terms} with quarterly {@code shares} (emerging), {@code clusters} with their
	 * complaints (repeats), {@code hotspots} with their change, {@code summaries} with
	 * outliers (handling); complaint texts masked
	 */
	record FindingsView(QueryView query, ComplaintTableView table, int complaintCount, List<FigureView> figures,
			ComplaintDetails details) {
	}

	@Operation(summary = "List the complaint tables with their filter values",
			description = "Tables recognised as complaint data (a column of free texts and a date column), with the "
					+ "column of each role, their fields, districts and departments, and the received days' range.")
	@GetMapping("/api/complaints/tables")
	Mono<ComplaintTableList> listComplaintTables() {
		return call(() -> new ComplaintTableList(
				analyses.getObject().list().stream().map(ComplaintTableView::of).toList()));
	}

	@Operation(summary = "Analyse a complaint table",
			description = "analysis: topics (period quarter|year, terms 1-30), emerging (minCount, minZ, minGrowth, "
					+ "terms), repeats (count N, days D, similarity, textDays, minComplaints, clusters), hotspots "
					+ "(places, months), handling (factor, outliers); filters from, to (YYYY-MM-DD), field, "
					+ "district; language ko|en. Each figure is kept by its analysisId with its chart and CSV. "
					+ "404: unknown table; 422 not-a-complaint-table; 400: unknown analysis or parameter, or a "
					+ "value out of range (see 'field' and 'allowed').",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"),
							examples = @ExampleObject(value = EXAMPLE))))
	@PostMapping(path = "/api/complaints/analyses", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<FindingsView> analyseComplaints(@RequestBody Map<String, Object> body) {
		ComplaintQuery query = query(body);
		return call(() -> {
			ComplaintFindings findings = analyses.getObject().analyse(query);
			List<FigureView> figures = findings.figures()
				.stream()
				.map(figure -> FigureView.of(archive.keep(figure), figure))
				.toList();
			return new FindingsView(QueryView.of(findings.query()), ComplaintTableView.of(findings.table()),
					findings.complaintCount(), figures, findings.details());
		});
	}

	private static ComplaintQuery query(Map<String, Object> body) {
		Map<String, Object> parameters = new LinkedHashMap<>(body);
		parameters.keySet().removeAll(QUERY_FIELDS);
		return ComplaintQuery.of(text(body, "tableId"), text(body, "analysis"), text(body, "from"), text(body, "to"),
				text(body, "field"), text(body, "district"), text(body, "language"), parameters);
	}

	private static @Nullable String text(Map<String, Object> body, String field) {
		Object value = body.get(field);
		return value == null ? null : value.toString();
	}

}

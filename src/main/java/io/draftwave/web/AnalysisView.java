package io.draftwave.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.Plan;
import org.jspecify.annotations.Nullable;

/**
 * An analysis as {@code POST /api/analyses} and {@code GET /api/analyses/{id}} answer it.
 *
 * @param analysisId the id it is kept by; the same question on the same data keeps it
 * @param tableId the table read
 * @param documentId the table's document
 * @param title the table's title
 * @param question the question as asked
 * @param plan the plan run: {@code kind} (aggregate, rank, change, share, trend, or
 * computed for a result computed outside SQL, such as a complaint analysis) and its
 * fields
 * @param description the plan in words
 * @param statement one sentence stating the result, ready for a draft
 * @param figures the numbers the statement states, rounded as shown
 * @param columns the result's column names
 * @param rows the result's rows
 * @param sourceRows the table rows (from 1) the result was computed from, at most 1,000
 * @param sourceRowCount how many rows the result was computed from
 * @param chart the chart's images, or null when the result has fewer than two values
 * @param csv the result as CSV
 * @param page the data page showing this analysis
 * @param sql the SQL that computed the result, values as {@code ?}
 * @param parameters the values bound to the SQL
 * @param document the record of the table's document
 * @param original the document's original file, where the source rows can be checked
 */
record AnalysisView(String analysisId, String tableId, String documentId, String title, String question,
		Map<String, Object> plan, String description, String statement, List<Double> figures, List<String> columns,
		List<List<Object>> rows, List<Integer> sourceRows, long sourceRowCount,
		@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable ChartLinks chart, String csv, String page, String sql,
		List<Object> parameters, String document, String original) {

	/** Where the chart of an analysis is drawn. */
	record ChartLinks(String svg, String png) {
	}

	static AnalysisView of(String analysisId, Analysis a) {
		ChartLinks chart = a.chart() == null ? null : new ChartLinks(Links.analysisFile(analysisId, "chart.svg"),
				Links.analysisFile(analysisId, "chart.png"));
		return new AnalysisView(analysisId, a.table().tableId(), a.table().documentId(), a.table().title(),
				a.question(), plan(a.plan()), a.description(), a.statement(), a.figures(), a.columns(), a.rows(),
				a.sourceRows(), a.sourceRowCount(), chart, Links.analysisFile(analysisId, "result.csv"),
				Links.analysisPage(analysisId), a.sql(), a.parameters(), Links.document(a.table().documentId()),
				Links.original(a.table().documentId()));
	}

	/**
	 * The plan as a JSON object: {@code kind}, then its fields in order, enums in lower
	 * case; e.g. {@code {"kind":"rank","tableId":…,"measure":"접수
	 * 건수","function":"sum",…}}.
	 */
	static Map<String, Object> plan(Plan plan) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", plan.getClass().getSimpleName().toLowerCase(Locale.ROOT));
		fields.putAll(components((Record) plan));
		fields.put("filters", plan.filters().stream().map(AnalysisView::components).toList());
		return fields;
	}

	private static Map<String, Object> components(Record record) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + component.getName() + " of a plan", ex);
			}
			if (value instanceof Enum<?> constant) {
				value = constant.name().toLowerCase(Locale.ROOT);
			}
			if (value != null) {
				fields.put(component.getName(), value);
			}
		}
		return fields;
	}

}

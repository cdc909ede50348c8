package io.draftwave.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/** Relative links the API hands out, so clients never build paths themselves. */
public final class Links {

	private Links() {
	}

	/**
	 * The passage behind a hit or citation: {@code /api/sources/{sourceId}}, the id
	 * URL-encoded.
	 */
	public static String source(String sourceId) {
		return "/api/sources/" + encode(sourceId);
	}

	/**
	 * What a citation or source links to: the passage ({@link #source}), or for a
	 * computed figure its analysis, {@code /api/analyses/{analysisId}}.
	 */
	public static String cited(String sourceId, @Nullable String analysisId) {
		return analysisId != null ? analysis(analysisId) : source(sourceId);
	}

	/**
	 * A computed figure: its statement, plan, SQL, result and source rows,
	 * {@code /api/analyses/{analysisId}}.
	 */
	static String analysis(String analysisId) {
		return "/api/analyses/" + encode(analysisId);
	}

	/** A document's record: {@code /api/documents/{id}}. */
	static String document(String documentId) {
		return "/api/documents/" + encode(documentId);
	}

	/** A document's original file: {@code /api/documents/{id}/original}. */
	static String original(String documentId) {
		return document(documentId) + "/original";
	}

	/** A table with its card facts: {@code /api/tables/{tableId}}. */
	static String table(String tableId) {
		return "/api/tables/" + encode(tableId);
	}

	/** A table's first page of rows: {@code /api/tables/{tableId}/rows}. */
	static String tableRows(String tableId) {
		return table(tableId) + "/rows";
	}

	/**
	 * A file of a kept analysis: {@code /api/analyses/{analysisId}/<file>}, e.g.
	 * {@code chart.svg}.
	 */
	static String analysisFile(String analysisId, String file) {
		return analysis(analysisId) + "/" + file;
	}

	/**
	 * The data page showing a kept analysis: {@code /data/?analysis={analysisId}}, where
	 * a figure cited in a draft leads.
	 */
	public static String analysisPage(String analysisId) {
		return "/data/?analysis=" + encode(analysisId);
	}

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

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

	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

}

package io.draftwave.search;

import org.jspecify.annotations.Nullable;

/**
 * One passage found for a query.
 *
 * @param sourceId the passage's stable id, {@code <documentId>-<ordinal>}
 * @param documentId the document the passage belongs to
 * @param title the document's title
 * @param excerpt a short piece of the passage around the matched words, matches wrapped
 * in {@code <mark>}…{@code </mark>}, everything else HTML-escaped
 * @param score the BM25 (or fused) score; higher is better, comparable only within one
 * result
 * @param page the 1-based page where the passage starts, where known
 * @param start offset of the passage in the document text, inclusive
 * @param end offset after the passage, exclusive
 */
public record SearchHit(String sourceId, String documentId, String title, String excerpt, float score,
		@Nullable Integer page, int start, int end) {
}

package io.draftwave.search;

/**
 * One entry of a ranking without its excerpt, for evaluation and benchmarks.
 *
 * @param sourceId the passage's id, {@code <documentId>-<ordinal>}
 * @param documentId the document the passage belongs to
 * @param score the BM25 score
 */
public record RankedSource(String sourceId, String documentId, float score) {
}

package io.draftwave.search;

/**
 * A hit kept by {@link PassageReader#select}: the passage in full with its excerpt.
 *
 * @param passage the stored passage
 * @param excerpt a short piece of the passage around the matched words, as in
 * {@link SearchHit#excerpt()}
 * @param score the BM25 (or fused) score, comparable only within one result
 */
public record SelectedPassage(SourcePassage passage, String excerpt, float score) {
}

package io.draftwave.search;

import java.util.Objects;
import java.util.Set;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

/**
 * A search request.
 *
 * @param text the question or keywords, not blank
 * @param k how many hits to return, 1..100
 * @param language analyse the query as this language; null decides from the text
 * @param documentIds restrict hits to these documents; empty means all documents
 */
public record SearchQuery(String text, int k, @Nullable Language language, Set<String> documentIds) {

	/** Hits returned when a request names no k. */
	public static final int DEFAULT_K = 10;

	/** The largest k a request may ask for. */
	public static final int MAX_K = 100;

	public SearchQuery {
		Objects.requireNonNull(text, "text");
		if (text.isBlank()) {
			throw new IllegalArgumentException("query must not be blank");
		}
		if (k < 1 || k > MAX_K) {
			throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", not " + k);
		}
		documentIds = Set.copyOf(documentIds);
	}

	public static SearchQuery of(String text, int k) {
		return new SearchQuery(text, k, null, Set.of());
	}

}

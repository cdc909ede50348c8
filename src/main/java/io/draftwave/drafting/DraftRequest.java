package io.draftwave.drafting;

import java.util.Objects;
import java.util.Set;

import io.draftwave.corpus.Language;

/**
 * What an official asks for.
 *
 * @param kind the kind of document
 * @param instructions the official's request in their own words, not blank
 * @param language the language to write in
 * @param documentIds draw only on these documents; empty means all
 * @param k how many passages to retrieve before de-duplication, 1..20
 * @param strict remove sentences the citation check finds unsupported
 */
public record DraftRequest(DraftKind kind, String instructions, Language language, Set<String> documentIds, int k,
		boolean strict) {

	/** Passages retrieved when a request names no k. */
	public static final int DEFAULT_K = 8;

	/** The largest k a request may ask for. */
	public static final int MAX_K = 20;

	public DraftRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(language, "language");
		if (instructions == null || instructions.isBlank()) {
			throw new IllegalArgumentException("instructions must not be empty");
		}
		if (k < 1 || k > MAX_K) {
			throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", not " + k);
		}
		documentIds = Set.copyOf(documentIds);
	}

}

package io.draftwave.drafting;

import java.util.Optional;

/**
 * Finds the computed figure a draft request asks for, which becomes the draft's first
 * source. A request that asks for no figure, or one no table answers without a guess,
 * gets none; so does every request when the tables cannot be read.
 */
@FunctionalInterface
public interface FigureLookup {

	/**
	 * The figure the request asks for, as source [1], or empty.
	 */
	Optional<NumberedSource> find(DraftRequest request);

	/** A lookup that never finds a figure: drafts cite passages only. */
	static FigureLookup none() {
		return request -> Optional.empty();
	}

}

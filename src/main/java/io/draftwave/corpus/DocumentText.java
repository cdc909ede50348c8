package io.draftwave.corpus;

import java.util.List;

/**
 * A document's full normalised text and the passages cut from it; every passage's offsets
 * point into {@code text}.
 */
public record DocumentText(String text, List<Passage> passages) {

	public DocumentText {
		passages = List.copyOf(passages);
	}

}

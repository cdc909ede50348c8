package io.draftwave.search;

import java.util.List;

import io.draftwave.corpus.Passage;

/**
 * A document as the index receives it: its id, title and passages.
 */
public record IndexedDocument(String documentId, String title, List<Passage> passages) {

	public IndexedDocument {
		passages = List.copyOf(passages);
	}

}

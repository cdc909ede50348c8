package io.draftwave.corpus;

import java.util.List;

/**
 * A document as ingestion hands it to the index: its id, title and passages.
 */
public record IndexedDocument(String documentId, String title, List<Passage> passages) {

	public IndexedDocument {
		passages = List.copyOf(passages);
	}

}

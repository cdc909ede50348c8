package io.draftwave.corpus;

import java.util.Optional;
import java.util.Set;

/**
 * Where ingestion sends passages: the search index, seen from the documents' side. The
 * index is derived data; these operations are all ingestion and repair need to keep it in
 * line with the stored documents. Implementations are thread-safe.
 */
public interface PassageSink {

	/**
	 * Adds a document's passages, replacing any passages indexed before under the same
	 * id; they are searchable when this returns (and durable after the next
	 * {@link #commit()}).
	 */
	void index(IndexedDocument document);

	/**
	 * Like {@link #index} but searchable only after the next {@link #commit()}: for bulk
	 * loads, where making every document visible on its own would cost more than indexing
	 * it.
	 */
	void add(IndexedDocument document);

	/** Removes every passage of the document; nothing happens when it is not indexed. */
	void delete(String documentId);

	/** Makes all changes durable and visible to searches. */
	void commit();

	/** Removes every passage of every document (before a rebuild). */
	void deleteAll();

	/**
	 * The ids of the documents with at least one passage in the last commit or refresh.
	 */
	Set<String> documentIds();

	/** Number of passages searchable now. */
	int passageCount();

	/**
	 * What the stored passages were analysed with, when that differs from the analysis
	 * used for new passages and queries (the search settings changed since they were
	 * indexed): then the index must be rebuilt from the originals. Empty when the index
	 * is current or empty.
	 */
	default Optional<String> staleAnalysis() {
		return Optional.empty();
	}

}

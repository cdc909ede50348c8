package io.draftwave.search;

import java.util.Optional;
import java.util.Set;

/**
 * The searchable store of passages, one entry per passage, derived from the documents' originals
 * (it can always be rebuilt from them). Thread-safe: writes are serialised by the index, searches
 * run concurrently and see every change made before the last {@link #commit()} or refresh.
 */
public interface PassageIndex extends Retriever, AutoCloseable {

	/**
	 * Adds a document's passages, replacing any passages indexed before under the same id; they
	 * are searchable when this returns (and durable after the next {@link #commit()}).
	 */
	void index(IndexedDocument document);

	/**
	 * Like {@link #index} but searchable only after the next {@link #commit()}: for bulk loads,
	 * where making every document visible on its own would cost more than indexing it.
	 */
	void add(IndexedDocument document);

	/** Removes every passage of the document; nothing happens when it is not indexed. */
	void delete(String documentId);

	/** Makes all changes durable and visible to searches. */
	void commit();

	/** Removes every passage of every document (before a rebuild). */
	void deleteAll();

	/** The ids of the documents with at least one passage in the last commit or refresh. */
	Set<String> documentIds();

	/** Number of passages searchable now. */
	int passageCount();

	/** The passage with this source id, if it is indexed. */
	Optional<SourcePassage> findSource(String sourceId);

	@Override
	void close();

}

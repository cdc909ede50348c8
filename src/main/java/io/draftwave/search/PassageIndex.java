package io.draftwave.search;

import java.util.Optional;

import io.draftwave.corpus.PassageSink;

/**
 * The searchable store of passages, one entry per passage, derived from the documents' originals
 * (it can always be rebuilt from them): the {@link PassageSink} ingestion writes to and the
 * {@link Retriever} searches read from. Thread-safe: writes are serialised by the index, searches
 * run concurrently and see every change made before the last {@link #commit()} or refresh.
 */
public interface PassageIndex extends Retriever, PassageSink, AutoCloseable {

	/**
	 * In how many passages an analysed term occurs (as {@link ContentWords} gives it), Korean and
	 * English sides together; 0 for a term the index has never seen.
	 */
	int documentFrequency(String term);

	/** The passage with this source id, if it is indexed. */
	Optional<SourcePassage> findSource(String sourceId);

	@Override
	void close();

}

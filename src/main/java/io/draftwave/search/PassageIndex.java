package io.draftwave.search;

import io.draftwave.corpus.PassageSink;

/**
 * The searchable store of passages, one entry per passage, derived from the documents' originals
 * (it can always be rebuilt from them): the {@link PassageSink} ingestion writes to, the
 * {@link Retriever} searches read from and the {@link PassageReader} citations are read back
 * from. Thread-safe: writes are serialised by the index, searches
 * run concurrently and see every change made before the last {@link #commit()} or refresh.
 */
public interface PassageIndex extends Retriever, PassageReader, PassageSink, AutoCloseable {

	@Override
	int passageCount();

	@Override
	void close();

}

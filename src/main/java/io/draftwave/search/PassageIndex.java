package io.draftwave.search;

import java.nio.file.Path;
import java.util.List;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.PassageSink;
import org.jspecify.annotations.Nullable;

/**
 * The searchable store of passages, one entry per passage, derived from the documents'
 * originals (it can always be rebuilt from them): the {@link PassageSink} ingestion
 * writes to, the {@link Retriever} searches read from and the {@link PassageReader}
 * citations are read back from. Thread-safe: writes are serialised by the index, searches
 * run concurrently and see every change made before the last {@link #commit()} or
 * refresh.
 */
public interface PassageIndex extends Retriever, PassageReader, PassageSink, AutoCloseable {

	/**
	 * Adds many documents like {@link #index} but makes them searchable once, at the end:
	 * for bulk loads, where a refresh per document would cost more than the indexing.
	 */
	void indexAll(List<IndexedDocument> documents);

	/**
	 * Like {@link #retrieve} without excerpts or stored fields beyond the ids, for
	 * evaluation and benchmarks: same order, same scores; empty when nothing matches.
	 */
	List<RankedSource> rank(SearchQuery query);

	@Override
	int passageCount();

	@Override
	void close();

	/**
	 * A new, empty index held in memory, with dense vectors or BM25 alone when
	 * {@code vectors} is null.
	 */
	static PassageIndex inMemory(IndexSettings settings, @Nullable VectorSearch vectors) {
		return LuceneIndex.inMemory(settings, vectors);
	}

	/**
	 * Opens (or creates) the index stored in a folder, BM25 alone.
	 * @throws IndexInUseException when another process writes to the folder
	 */
	static PassageIndex open(Path folder, IndexSettings settings) {
		return new LuceneIndex(folder, settings);
	}

}

package io.draftwave.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.draftwave.corpus.Language;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The read side of a {@link LuceneIndex}: every search and look-up takes the current
 * searcher of the index's {@link SearcherManager}, runs on it and gives it back, so that
 * it sees the index as of its last refresh. Searches are ordered by
 * {@link PassageRanking}; look-ups by id go through {@link StoredPassages}. Thread-safe.
 */
final class LucenePassageReader implements PassageReader, Retriever, Closeable {

	private final SearcherManager searchers;

	private final PassageRanking ranking;

	private final Set<String> bodyFields;

	/**
	 * Reads what the writer wrote, near-real-time, with searchers that score by
	 * {@code similarity}.
	 * @throws IOException when the index cannot be read
	 */
	LucenePassageReader(IndexWriter writer, Similarity similarity, SearchSchema schema, PassageRanking ranking)
			throws IOException {
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setSimilarity(similarity);
				return searcher;
			}
		});
		this.ranking = ranking;
		this.bodyFields = Set
			.copyOf(new LinkedHashSet<>(List.of(schema.bodyField(Language.KO), schema.bodyField(Language.EN))));
	}

	@Override
	public Optional<SourcePassage> findSource(String sourceId) {
		return withSearcher(searcher -> StoredPassages.find(searcher, sourceId));
	}

	@Override
	public List<SourcePassage> neighbours(String sourceId, int around) {
		return withSearcher(searcher -> StoredPassages.neighbours(searcher, sourceId, around));
	}

	@Override
	public int documentFrequency(String term) {
		return withSearcher(searcher -> StoredPassages.documentFrequency(searcher, bodyFields, term));
	}

	@Override
	public int passageCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	/** The ids of the documents with at least one passage, sorted. */
	Set<String> documentIds() {
		return withSearcher(StoredPassages::documentIds);
	}

	@Override
	public List<SearchHit> retrieve(SearchQuery query) {
		PassageRanking.Prepared prepared = ranking.prepare(query);
		return withSearcher(searcher -> ranking.retrieve(searcher, prepared));
	}

	@Override
	public List<SelectedPassage> select(SearchQuery query, int limit, Predicate<SourcePassage> keep) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, not " + limit);
		}
		PassageRanking.Prepared prepared = ranking.prepare(query);
		return withSearcher(searcher -> ranking.select(searcher, prepared, limit, keep));
	}

	/** Like {@link #retrieve} with ids and scores only. */
	List<RankedSource> rank(SearchQuery query) {
		PassageRanking.Prepared prepared = ranking.prepare(query);
		return withSearcher(searcher -> ranking.rank(searcher, prepared));
	}

	/** Makes every change the writer made so far visible to the next search; blocking. */
	void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot refresh the passage index", e);
		}
	}

	/** Runs work on the current searcher and gives the searcher back. */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the passage index", e);
		}
	}

	/** Releases the searchers; searches after this fail. */
	@Override
	public void close() throws IOException {
		searchers.close();
	}

	@FunctionalInterface
	interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}

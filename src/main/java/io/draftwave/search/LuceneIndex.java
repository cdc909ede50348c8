package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.draftwave.corpus.IndexedDocument;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PassageIndex} on Lucene: one Lucene document per passage
 * ({@link PassageFields}), analysed by the {@link AnalysisScheme} of its
 * {@link IndexSettings}, ranked by {@link PassageRanking}.
 *
 * <p>
 * Thread-safe. Writes go through one {@link IndexWriter}; each {@link #index},
 * {@link #delete} and {@link #deleteAll} refreshes the searcher before returning
 * (near-real-time), so a search that starts afterwards sees the change; {@link #commit()}
 * also makes changes durable, recording the analysis and the embedder
 * ({@link CommitRecord}). Hits are ordered by score, highest first, ties by source id
 * ascending.
 *
 * <p>
 * With a {@link VectorSearch}, each passage in a language its embedder understands also
 * gets a dense vector when it is indexed ({@link PassageVectors}), and searches fuse the
 * BM25 ranking with the vectors' nearest neighbours. When an index opens with another
 * embedder than the one its commits recorded, its vectors are {@link #embeddingsStale()
 * stale}: searches use BM25 alone until {@link #reembed()} has embedded every passage
 * again. Without a {@code VectorSearch} the index is BM25 alone.
 */
public final class LuceneIndex implements PassageIndex {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private final IndexSettings settings;

	private final SearchSchema schema;

	private final Directory directory;

	private final IndexWriter writer;

	private final CommitRecord commits;

	private final LucenePassageReader reader;

	private final @Nullable PassageVectors vectors;

	/**
	 * Opens (or creates) the index stored in a folder, BM25 alone.
	 * @throws UncheckedIOException when the folder cannot be opened or is locked by
	 * another writer
	 */
	public LuceneIndex(Path folder, IndexSettings settings) {
		this(folder, settings, null);
	}

	/**
	 * Opens (or creates) the index stored in a folder, with dense vectors when
	 * {@code vectorSearch} is given and BM25 alone when it is null.
	 * @throws UncheckedIOException when the folder cannot be opened or is locked by
	 * another writer
	 */
	public LuceneIndex(Path folder, IndexSettings settings, @Nullable VectorSearch vectorSearch) {
		this(openFolder(folder), settings, vectorSearch, folder.toString());
	}

	private LuceneIndex(Directory directory, IndexSettings settings, @Nullable VectorSearch vectorSearch,
			String location) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.vectors = vectorSearch == null ? null : new PassageVectors(vectorSearch);
		this.directory = directory;
		this.schema = SearchSchema.of(settings);
		Similarity similarity = schema.similarity(settings.k1(), settings.b());
		try {
			IndexWriterConfig config = new IndexWriterConfig(schema.analyzer()).setSimilarity(similarity);
			this.writer = new IndexWriter(directory, config);
			this.reader = new LucenePassageReader(writer, similarity, schema,
					new PassageRanking(schema, settings, vectors));
		}
		catch (IOException e) {
			schema.close();
			IOUtils.closeWhileHandlingException(directory);
			throw e instanceof LockObtainFailedException locked ? new IndexInUseException(location, locked)
					: new UncheckedIOException("cannot open passage index at " + location, e);
		}
		this.commits = new CommitRecord(writer, settings.analysisSignature());
		int passages = passageCount();
		log.info("Opened passage index '{}' ({}) at {} with {} passages", settings.name(), settings.scheme(), location,
				passages);
		if (vectors != null) {
			vectors.opened(commits.embedder(), passages == 0, settings.name());
		}
	}

	/** A new, empty index held in memory, for tests and evaluation. */
	public static LuceneIndex inMemory(IndexSettings settings) {
		return inMemory(settings, null);
	}

	/**
	 * A new, empty index held in memory with dense vectors, or BM25 alone when
	 * {@code vectorSearch} is null.
	 */
	public static LuceneIndex inMemory(IndexSettings settings, @Nullable VectorSearch vectorSearch) {
		return new LuceneIndex(new ByteBuffersDirectory(), settings, vectorSearch, "memory");
	}

	private static Directory openFolder(Path folder) {
		try {
			return FSDirectory.open(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open passage index at " + folder, e);
		}
	}

	/** The settings this index was opened with. */
	public IndexSettings settings() {
		return settings;
	}

	@Override
	public void index(IndexedDocument document) {
		indexAll(List.of(document));
	}

	@Override
	public void add(IndexedDocument document) {
		write(document, embed(List.of(document)));
	}

	/** {@inheritDoc} Passages are embedded in batches across documents. */
	@Override
	public void indexAll(List<IndexedDocument> documents) {
		Map<String, float[]> embedded = embed(documents);
		documents.forEach(document -> write(document, embedded));
		refresh();
	}

	private Map<String, float[]> embed(List<IndexedDocument> documents) {
		return vectors == null ? Map.of() : vectors.embed(documents);
	}

	private void write(IndexedDocument document, Map<String, float[]> embedded) {
		try {
			writer.updateDocuments(PassageFields.document(document.documentId()),
					PassageFields.of(document, embedded, schema));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot index document " + document.documentId(), e);
		}
	}

	@Override
	public void delete(String documentId) {
		try {
			writer.deleteDocuments(PassageFields.document(documentId));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete document " + documentId, e);
		}
		refresh();
	}

	@Override
	public void commit() {
		try {
			commits.prepare(vectors == null ? PassageVectors.NONE : vectors.toCommit());
			writer.commit();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot commit the passage index", e);
		}
		refresh();
	}

	@Override
	public void deleteAll() {
		try {
			writer.deleteAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot clear the passage index", e);
		}
		commits.cleared();
		// an empty index holds no vectors of another embedder
		if (vectors != null) {
			vectors.startOver();
			vectors.current();
		}
		refresh();
	}

	/**
	 * {@inheritDoc} Each commit records the analysis; see
	 * {@link CommitRecord#staleAnalysis()}.
	 */
	@Override
	public Optional<String> staleAnalysis() {
		return commits.staleAnalysis();
	}

	private void refresh() {
		reader.refresh();
	}

	/** {@inheritDoc} Sorted by id; empty when the index is empty. */
	@Override
	public Set<String> documentIds() {
		return reader.documentIds();
	}

	@Override
	public int documentFrequency(String term) {
		return reader.documentFrequency(term);
	}

	@Override
	public int passageCount() {
		return reader.passageCount();
	}

	@Override
	public Optional<SourcePassage> findSource(String sourceId) {
		return reader.findSource(sourceId);
	}

	@Override
	public List<SourcePassage> neighbours(String sourceId, int around) {
		return reader.neighbours(sourceId, around);
	}

	/**
	 * {@inheritDoc} Each hit's excerpt is read from its body field's term vector, or
	 * built by re-analysing its passage when the passage was indexed without one.
	 */
	@Override
	public List<SearchHit> retrieve(SearchQuery query) {
		return reader.retrieve(query);
	}

	@Override
	public List<SelectedPassage> select(SearchQuery query, int limit, Predicate<SourcePassage> keep) {
		return reader.select(query, limit, keep);
	}

	@Override
	public List<RankedSource> rank(SearchQuery query) {
		return reader.rank(query);
	}

	/**
	 * Whether the index's vectors come from another embedder than the configured one (or
	 * some passages went without a vector): searches then use BM25 alone until
	 * {@link #reembed()}. Always false without a {@link VectorSearch}.
	 */
	public boolean embeddingsStale() {
		return vectors != null && vectors.stale();
	}

	/**
	 * The embedder recorded with the index's vectors, {@code none} when they were written
	 * without any.
	 */
	public String recordedEmbedder() {
		return vectors == null ? PassageVectors.NONE : vectors.recorded();
	}

	/**
	 * Embeds every passage again with the configured embedder, from the passages' stored
	 * text, and commits; progress goes to the log. Searches keep working (with BM25
	 * alone) meanwhile. Call it when {@link #embeddingsStale()}; blocking, and not
	 * concurrently with other writes.
	 * @return the number of passages written again; 0 without a {@link VectorSearch}
	 */
	public int reembed() {
		if (vectors == null) {
			return 0;
		}
		log.info("Embedding the {} passages of index '{}' again with {} (were: {})", passageCount(), settings.name(),
				vectors.embedder(), vectors.recorded());
		int written = reader.withSearcher(searcher -> vectors.reembed(searcher, this::write));
		vectors.current();
		commit();
		log.info("Embedded {} passages again; searches are hybrid", written);
		return written;
	}

	/**
	 * Closes the searcher, the writer (committing pending changes), the analyzers and the
	 * directory.
	 */
	@Override
	public void close() {
		try {
			IOUtils.close(reader, writer, schema::close, directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot close the passage index", e);
		}
	}

}

package io.draftwave.search;

import io.draftwave.corpus.IndexedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PassageIndex} on Lucene: one Lucene document per passage, analysed by the
 * {@link AnalysisScheme} of its {@link IndexSettings} and scored by BM25.
 *
 * <p>Thread-safe. Writes go through one {@link IndexWriter}; each {@link #index}, {@link #delete}
 * and {@link #deleteAll} refreshes the searcher before returning (near-real-time), so a search
 * that starts afterwards sees the change; {@link #commit()} also makes changes durable. Hits are
 * ordered by score, highest first, ties by source id ascending.
 *
 * <p>With a {@link VectorSearch}, each passage in a language its embedder understands also gets a
 * dense vector when it is indexed, and searches fuse the BM25 ranking with the vectors' nearest
 * neighbours by {@link ReciprocalRankFusion} (hits then carry fused scores). The embedder's
 * {@link PassageEmbedder#id() id} is recorded in every commit; when an index opens with another
 * embedder than the one recorded, its vectors are {@link #embeddingsStale() stale}: searches use
 * BM25 alone until {@link #reembed()} has embedded every passage again. Without a
 * {@code VectorSearch} the index is BM25 alone, as before vectors existed.
 */
public final class LuceneIndex implements PassageIndex {

	static final String SOURCE_ID = "sourceId";
	static final String DOCUMENT_ID = "documentId";
	static final String TITLE = "title";
	static final String TEXT = "text";
	static final String HEADING = "heading";
	static final String PAGE = "page";
	static final String SHEET = "sheet";
	static final String START = "start";
	static final String END = "end";
	static final String ORDINAL = "ordinal";
	static final String LANGUAGE = "language";

	/** Commit user data key holding {@link IndexSettings#analysisSignature()} of the indexed passages. */
	static final String ANALYSIS = "draftwave.analysis";

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	/** Documents re-embedded between two progress lines. */
	private static final int REEMBED_DOCUMENTS = 500;

	private static final Sort SCORE_THEN_SOURCE_ID = new Sort(SortField.FIELD_SCORE,
			new SortField(SOURCE_ID, SortField.Type.STRING));

	private final IndexSettings settings;
	private final SearchSchema schema;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	private final @Nullable PassageVectors vectors;

	private volatile String recordedEmbedder = PassageVectors.NONE;

	/** What the indexed passages were analysed with, when it is not what this index analyses with. */
	private volatile @Nullable String staleAnalysis;

	/**
	 * Opens (or creates) the index stored in a folder, BM25 alone.
	 * @throws UncheckedIOException when the folder cannot be opened or is locked by another writer
	 */
	public LuceneIndex(Path folder, IndexSettings settings) {
		this(folder, settings, null);
	}

	/**
	 * Opens (or creates) the index stored in a folder, with dense vectors when {@code vectorSearch}
	 * is given and BM25 alone when it is null.
	 * @throws UncheckedIOException when the folder cannot be opened or is locked by another writer
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
			this.searchers = new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
						org.apache.lucene.index.IndexReader previousReader) {
					IndexSearcher searcher = new IndexSearcher(reader);
					searcher.setSimilarity(similarity);
					return searcher;
				}
			});
		}
		catch (LockObtainFailedException e) {
			schema.close();
			IOUtils.closeWhileHandlingException(directory);
			throw new IndexInUseException(location, e);
		}
		catch (IOException e) {
			schema.close();
			IOUtils.closeWhileHandlingException(directory);
			throw new UncheckedIOException("cannot open passage index at " + location, e);
		}
		this.staleAnalysis = recordedAnalysisIfStale();
		log.info("Opened passage index '{}' ({}) at {} with {} passages", settings.name(), settings.scheme(),
				location, passageCount());
		checkRecordedEmbedder();
	}

	/** A new, empty index held in memory, for tests and evaluation. */
	public static LuceneIndex inMemory(IndexSettings settings) {
		return inMemory(settings, null);
	}

	/** A new, empty index held in memory with dense vectors, or BM25 alone when {@code vectorSearch} is null. */
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

	/**
	 * Adds many documents like {@link #index} but refreshes the searcher once, at the end: for
	 * bulk loads, where a refresh per document would cost more than the indexing. Passages are
	 * embedded in batches across documents.
	 */
	public void indexAll(List<IndexedDocument> documents) {
		Map<String, float[]> embedded = embed(documents);
		documents.forEach(document -> write(document, embedded));
		refresh();
	}

	private void write(IndexedDocument document, Map<String, float[]> embedded) {
		List<Document> passages = new ArrayList<>(document.passages().size());
		for (Passage passage : document.passages()) {
			Document lucene = toLucene(document, passage);
			float[] vector = embedded.get(SourcePassage.sourceId(document.documentId(), passage.ordinal()));
			if (vector != null) {
				lucene.add(PassageVectors.field(vector));
			}
			passages.add(lucene);
		}
		try {
			writer.updateDocuments(new Term(DOCUMENT_ID, document.documentId()), passages);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot index document " + document.documentId(), e);
		}
	}

	private Document toLucene(IndexedDocument document, Passage passage) {
		String sourceId = SourcePassage.sourceId(document.documentId(), passage.ordinal());
		Language language = Language.detect(passage.text());
		Document lucene = new Document();
		lucene.add(new StringField(SOURCE_ID, sourceId, Field.Store.YES));
		lucene.add(new SortedDocValuesField(SOURCE_ID, new BytesRef(sourceId)));
		lucene.add(new StringField(DOCUMENT_ID, document.documentId(), Field.Store.YES));
		lucene.add(new StoredField(TITLE, document.title()));
		lucene.add(new StoredField(TEXT, passage.text()));
		if (passage.heading() != null) {
			lucene.add(new StoredField(HEADING, passage.heading()));
		}
		if (passage.page() != null) {
			lucene.add(new StoredField(PAGE, passage.page()));
		}
		if (passage.sheet() != null) {
			lucene.add(new StoredField(SHEET, passage.sheet()));
		}
		lucene.add(new StoredField(START, passage.start()));
		lucene.add(new StoredField(END, passage.end()));
		lucene.add(new StoredField(ORDINAL, passage.ordinal()));
		lucene.add(new StoredField(LANGUAGE, language.code()));
		schema.addSearchableFields(lucene, document.title(), passage.text(), language);
		return lucene;
	}

	@Override
	public void delete(String documentId) {
		try {
			writer.deleteDocuments(new Term(DOCUMENT_ID, documentId));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete document " + documentId, e);
		}
		refresh();
	}

	@Override
	public void commit() {
		try {
			recordCommitData();
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
		staleAnalysis = null;
		// an empty index holds no vectors of another embedder
		if (vectors != null) {
			vectors.startOver();
		}
		recordedEmbedder = configuredEmbedder();
		refresh();
	}

	/**
	 * {@inheritDoc} Each commit records {@link IndexSettings#analysisSignature()} in the commit's
	 * user data; an index holding passages whose last commit records another signature, or none
	 * (indexes written before signatures were recorded), is stale until {@link #deleteAll()}.
	 * Until then commits keep the old record, so a rebuild cut short is still seen as one to do.
	 */
	@Override
	public Optional<String> staleAnalysis() {
		return Optional.ofNullable(staleAnalysis);
	}

	private @Nullable String recordedAnalysisIfStale() {
		String recorded = liveCommitData().get(ANALYSIS);
		if (writer.getDocStats().numDocs == 0 || settings.analysisSignature().equals(recorded)) {
			return null;
		}
		return recorded == null ? "not recorded" : recorded;
	}

	/**
	 * Writes the analysis and the embedder into the next commit's user data, only when they differ
	 * from what the last commit recorded, so that a commit without changes stays a no-op. A stale
	 * analysis keeps its old record until {@link #deleteAll()}.
	 */
	private void recordCommitData() {
		Map<String, String> recorded = liveCommitData();
		Map<String, String> wanted = new TreeMap<>(recorded);
		if (staleAnalysis == null) {
			wanted.put(ANALYSIS, settings.analysisSignature());
		}
		wanted.put(PassageVectors.COMMIT_KEY,
				vectors != null && !recordedEmbedderDiffers() ? vectors.recordedId() : recordedEmbedder);
		if (!wanted.equals(recorded)) {
			writer.setLiveCommitData(wanted.entrySet());
		}
	}

	private Map<String, String> liveCommitData() {
		Map<String, String> data = new TreeMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	private void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot refresh the passage index", e);
		}
	}

	/** {@inheritDoc} Sorted by id; empty when the index is empty. */
	@Override
	public Set<String> documentIds() {
		return withSearcher(searcher -> {
			Set<String> ids = new TreeSet<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Terms terms = leaf.reader().terms(DOCUMENT_ID);
				if (terms == null) {
					continue;
				}
				var liveDocs = leaf.reader().getLiveDocs();
				TermsEnum termsEnum = terms.iterator();
				PostingsEnum postings = null;
				for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
					postings = termsEnum.postings(postings, PostingsEnum.NONE);
					for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
						if (liveDocs == null || liveDocs.get(doc)) {
							ids.add(term.utf8ToString());
							break;
						}
					}
				}
			}
			return Set.copyOf(ids);
		});
	}

	@Override
	public int documentFrequency(String term) {
		Set<String> fields = new java.util.LinkedHashSet<>(
				List.of(schema.bodyField(Language.KO), schema.bodyField(Language.EN)));
		return withSearcher(searcher -> {
			int df = 0;
			for (String field : fields) {
				df += searcher.getIndexReader().docFreq(new Term(field, term));
			}
			return df;
		});
	}

	@Override
	public int passageCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	@Override
	public Optional<SourcePassage> findSource(String sourceId) {
		return withSearcher(searcher -> {
			TopDocs top = searcher.search(new TermQuery(new Term(SOURCE_ID, sourceId)), 1);
			if (top.scoreDocs.length == 0) {
				return Optional.empty();
			}
			Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
			return Optional.of(new SourcePassage(stored.get(SOURCE_ID), stored.get(DOCUMENT_ID), stored.get(TITLE),
					stored.get(TEXT), stored.get(HEADING), intOrNull(stored, PAGE), stored.get(SHEET),
					intOrZero(stored, START), intOrZero(stored, END)));
		});
	}

	/**
	 * {@inheritDoc} Each hit's excerpt is read from its body field's term vector, or built by
	 * re-analysing its passage when the passage was indexed without one. Thread-safe.
	 */
	@Override
	public List<SearchHit> retrieve(SearchQuery query) {
		QueryPlan plan = schema.plan(query.text(), query.language(), settings.titleBoost());
		float @Nullable [] queryVector = queryVector(query);
		return withSearcher(searcher -> {
			ScoreDoc[] top = search(searcher, plan, queryVector, query);
			StoredFields storedFields = searcher.storedFields();
			TermVectors termVectors = searcher.getIndexReader().termVectors();
			List<SearchHit> hits = new ArrayList<>(top.length);
			for (ScoreDoc scoreDoc : top) {
				Document stored = storedFieldsOf(plan, storedFields, scoreDoc.doc);
				String text = stored.get(TEXT);
				String field = schema.bodyField(Language.of(stored.get(LANGUAGE)));
				Set<String> terms = plan.termsFor(field);
				@Nullable Terms vector = terms.isEmpty() ? null : termVectorOf(plan, termVectors, scoreDoc.doc, field);
				String excerpt = vector != null && vector.hasOffsets()
						? Excerpts.excerpt(text, vector, SearchSchema.bodyPrefix(stored.get(TITLE)), terms)
						: Excerpts.excerpt(text, schema.analyzer(), field, terms);
				hits.add(new SearchHit(stored.get(SOURCE_ID), stored.get(DOCUMENT_ID), stored.get(TITLE), excerpt,
						scoreDoc.score, intOrNull(stored, PAGE), intOrZero(stored, START), intOrZero(stored, END)));
			}
			return List.copyOf(hits);
		});
	}

	/** A hit's stored fields: those the second ranking already read, else read now. */
	private static Document storedFieldsOf(QueryPlan plan, StoredFields storedFields, int doc) throws IOException {
		Document read = plan.evidence() == null ? null : plan.evidence().stored(doc);
		return read != null ? read : storedFields.document(doc);
	}

	/** A hit's term vector of one field: the one the second ranking already read, else read now. */
	private static @Nullable Terms termVectorOf(QueryPlan plan, TermVectors termVectors, int doc, String field)
			throws IOException {
		Terms read = plan.evidence() == null ? null : plan.evidence().vector(doc, field);
		return read != null ? read : termVectors.get(doc, field);
	}

	/**
	 * Like {@link #retrieve} without excerpts or stored fields beyond the ids, for evaluation and
	 * benchmarks: same order, same scores; empty when nothing matches. Thread-safe.
	 */
	public List<RankedSource> rank(SearchQuery query) {
		QueryPlan plan = schema.plan(query.text(), query.language(), settings.titleBoost());
		float @Nullable [] queryVector = queryVector(query);
		return withSearcher(searcher -> {
			ScoreDoc[] top = search(searcher, plan, queryVector, query);
			StoredFields storedFields = searcher.storedFields();
			List<RankedSource> ranking = new ArrayList<>(top.length);
			for (ScoreDoc scoreDoc : top) {
				Document stored = storedFields.document(scoreDoc.doc, Set.of(SOURCE_ID, DOCUMENT_ID));
				ranking.add(new RankedSource(stored.get(SOURCE_ID), stored.get(DOCUMENT_ID), scoreDoc.score));
			}
			return List.copyOf(ranking);
		});
	}

	private ScoreDoc[] search(IndexSearcher searcher, QueryPlan plan, float @Nullable [] vector, SearchQuery query)
			throws IOException {
		if (vectors == null || vector == null) {
			return searchBm25(searcher, plan, query, query.k());
		}
		return searchWithVectors(searcher, plan, vector, query, vectors.search());
	}

	private static ScoreDoc[] searchBm25(IndexSearcher searcher, QueryPlan plan, SearchQuery query, int n)
			throws IOException {
		Query scored = plan.query();
		if (scored == null) {
			return new ScoreDoc[0];
		}
		Query full = scored;
		Query filter = documentFilter(query);
		if (filter != null) {
			full = new BooleanQuery.Builder()
					.add(scored, BooleanClause.Occur.MUST)
					.add(filter, BooleanClause.Occur.FILTER)
					.build();
		}
		SentenceEvidence evidence = plan.evidence();
		if (evidence == null) {
			return searcher.search(full, n, SCORE_THEN_SOURCE_ID, true).scoreDocs;
		}
		ScoreDoc[] hits = evidence.rescore(searcher,
				searcher.search(full, Math.max(n, evidence.depth()), SCORE_THEN_SOURCE_ID, true).scoreDocs);
		return hits.length <= n ? hits : Arrays.copyOf(hits, n);
	}

	private static @Nullable Query documentFilter(SearchQuery query) {
		if (query.documentIds().isEmpty()) {
			return null;
		}
		return new TermInSetQuery(DOCUMENT_ID, query.documentIds().stream().map(BytesRef::new).toList());
	}

	// Dense vectors: embedding at indexing time, the recorded embedder, re-embedding, fused search.

	private float @Nullable [] queryVector(SearchQuery query) {
		if (vectors == null || recordedEmbedderDiffers()) {
			return null;
		}
		return vectors.queryVector(query.text(), query.language());
	}

	private Map<String, float[]> embed(List<IndexedDocument> documents) {
		return vectors == null ? Map.of() : vectors.embed(documents);
	}

	/**
	 * The nearest passages to the query's vector, alone ({@link VectorSearch.Mode#DENSE}) or fused
	 * with the BM25 ranking, each taken {@code max(depth, k)} deep; ties by source id.
	 */
	private static ScoreDoc[] searchWithVectors(IndexSearcher searcher, QueryPlan plan, float[] vector,
			SearchQuery query, VectorSearch search) throws IOException {
		int depth = Math.max(search.depth(), query.k());
		ScoreDoc[] nearest = searcher.search(PassageVectors.nearest(vector, depth, documentFilter(query)), depth,
				SCORE_THEN_SOURCE_ID, true).scoreDocs;
		if (search.mode() == VectorSearch.Mode.DENSE) {
			return nearest.length <= query.k() ? nearest : Arrays.copyOf(nearest, query.k());
		}
		ScoreDoc[] lexical = searchBm25(searcher, plan, query, depth);
		Map<String, Integer> docs = new HashMap<>();
		List<String> lexicalIds = sourceIds(lexical, docs);
		List<String> nearestIds = sourceIds(nearest, docs);
		List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of(lexicalIds, nearestIds),
				search.rrfK());
		ScoreDoc[] top = new ScoreDoc[Math.min(query.k(), fused.size())];
		for (int i = 0; i < top.length; i++) {
			top[i] = new ScoreDoc(docs.get(fused.get(i).id()), (float) fused.get(i).score());
		}
		return top;
	}

	/** The source id of a hit sorted by {@link #SCORE_THEN_SOURCE_ID}, read from its sort values. */
	static BytesRef sortedSourceId(ScoreDoc hit) {
		return (BytesRef) ((FieldDoc) hit).fields[1];
	}

	/** The source ids of hits sorted by {@link #SCORE_THEN_SOURCE_ID}, read from their sort values. */
	private static List<String> sourceIds(ScoreDoc[] hits, Map<String, Integer> docs) {
		List<String> ids = new ArrayList<>(hits.length);
		for (ScoreDoc hit : hits) {
			String id = sortedSourceId(hit).utf8ToString();
			docs.put(id, hit.doc);
			ids.add(id);
		}
		return ids;
	}

	/**
	 * Whether the index's vectors come from another embedder than the configured one (or some
	 * passages went without a vector): searches then use BM25 alone until {@link #reembed()}.
	 * Always false without a {@link VectorSearch}.
	 */
	public boolean embeddingsStale() {
		return recordedEmbedderDiffers();
	}

	/** The embedder recorded with the index's vectors, {@code none} when they were written without any. */
	public String recordedEmbedder() {
		return recordedEmbedder;
	}

	private boolean recordedEmbedderDiffers() {
		return vectors != null && !recordedEmbedder.equals(configuredEmbedder());
	}

	private String configuredEmbedder() {
		return vectors == null ? PassageVectors.NONE : vectors.search().embedder().id();
	}

	private void checkRecordedEmbedder() {
		String recorded = liveCommitData().getOrDefault(PassageVectors.COMMIT_KEY, PassageVectors.NONE);
		recordedEmbedder = recorded;
		String configured = configuredEmbedder();
		if (passageCount() == 0 || vectors == null) {
			recordedEmbedder = configured;
		}
		else if (!recorded.equals(configured)) {
			log.warn("The passage vectors of index '{}' come from {}, the configured embedder is {}: searches use "
					+ "BM25 alone until every passage is embedded again", settings.name(), recorded, configured);
		}
	}

	/**
	 * Embeds every passage again with the configured embedder, from the passages' stored text, and
	 * commits; progress goes to the log. Searches keep working (with BM25 alone) meanwhile. Call it
	 * when {@link #embeddingsStale()}; blocking, and not concurrently with other writes.
	 * @return the number of passages written again; 0 without a {@link VectorSearch}
	 */
	public int reembed() {
		if (vectors == null) {
			return 0;
		}
		String configured = vectors.search().embedder().id();
		log.info("Embedding the {} passages of index '{}' again with {} (were: {})", passageCount(), settings.name(),
				configured, recordedEmbedder);
		vectors.startOver();
		int written = withSearcher(searcher -> {
			List<String> ids = List.copyOf(documentIds());
			int passages = 0;
			for (int from = 0; from < ids.size(); from += REEMBED_DOCUMENTS) {
				List<IndexedDocument> documents = storedDocuments(searcher, ids.subList(from, Math.min(ids.size(),
						from + REEMBED_DOCUMENTS)));
				Map<String, float[]> embedded = vectors.embed(documents);
				for (IndexedDocument document : documents) {
					write(document, embedded);
					passages += document.passages().size();
				}
				log.info("Embedding passages again: {}/{} documents", Math.min(ids.size(), from + REEMBED_DOCUMENTS),
						ids.size());
			}
			return passages;
		});
		recordedEmbedder = configured;
		commit();
		log.info("Embedded {} passages again; searches are hybrid", written);
		return written;
	}

	/** The documents as their stored passages give them back, passages by ordinal. */
	private static List<IndexedDocument> storedDocuments(IndexSearcher searcher, List<String> documentIds)
			throws IOException {
		Query query = new TermInSetQuery(DOCUMENT_ID, documentIds.stream().map(BytesRef::new).toList());
		TopDocs all = searcher.search(query, Math.max(1, searcher.getIndexReader().numDocs()));
		Map<String, String> titles = new HashMap<>();
		Map<String, List<Passage>> passages = new LinkedHashMap<>();
		StoredFields storedFields = searcher.storedFields();
		for (ScoreDoc hit : all.scoreDocs) {
			Document stored = storedFields.document(hit.doc);
			String documentId = stored.get(DOCUMENT_ID);
			titles.put(documentId, stored.get(TITLE));
			passages.computeIfAbsent(documentId, id -> new ArrayList<>())
				.add(new Passage(intOrZero(stored, ORDINAL), stored.get(TEXT), intOrZero(stored, START),
						intOrZero(stored, END), stored.get(HEADING), intOrNull(stored, PAGE), stored.get(SHEET)));
		}
		List<IndexedDocument> documents = new ArrayList<>(passages.size());
		passages.forEach((id, list) -> {
			list.sort(Comparator.comparingInt(Passage::ordinal));
			documents.add(new IndexedDocument(id, titles.get(id), list));
		});
		return documents;
	}

	private static @Nullable Integer intOrNull(Document stored, String field) {
		var value = stored.getField(field);
		return value == null ? null : value.numericValue().intValue();
	}

	private static int intOrZero(Document stored, String field) {
		Integer value = intOrNull(stored, field);
		return value == null ? 0 : value;
	}

	private <T> T withSearcher(SearcherWork<T> work) {
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

	/** Closes the searcher, the writer (committing pending changes), the analyzers and the directory. */
	@Override
	public void close() {
		try {
			IOUtils.close(searchers, writer, schema::close, directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot close the passage index", e);
		}
	}

	@FunctionalInterface
	private interface SearcherWork<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

}

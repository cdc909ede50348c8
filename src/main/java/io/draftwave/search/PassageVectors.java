package io.draftwave.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dense side of a {@link LuceneIndex}: embeds passages in batches when they are
 * indexed, stores each vector unit-length in an HNSW field scored by dot product (the
 * cosine of the original vectors), and embeds queries. A passage or query in a language
 * the embedder does not understand gets no vector.
 * <p>
 * It also keeps the record of which embedder wrote the index's vectors (the
 * {@link CommitRecord} holds it between runs): when an index opens with another embedder
 * than the recorded one, its vectors are {@link #stale()} and searches use BM25 alone
 * until every passage is embedded again. Thread-safe.
 */
final class PassageVectors {

	/**
	 * Prefix of the HNSW vector field of a passage, followed by the dimension: an index
	 * keeps a field's dimension for as long as it exists, so a model of another dimension
	 * writes another field.
	 */
	static final String FIELD = "vector_";

	/** The recorded embedder of an index written without vectors. */
	static final String NONE = "none";

	/** Suffix of the recorded embedder when some passages could not be embedded. */
	static final String INCOMPLETE = " (incomplete)";

	/** The most dimensions Lucene's default HNSW format takes. */
	static final int MAX_DIMENSIONS = KnnVectorsFormat.DEFAULT_MAX_DIMENSIONS;

	/** Documents embedded again between two progress lines. */
	private static final int REEMBED_DOCUMENTS = 500;

	/** Jobs with at least this many passages log their progress. */
	private static final int PROGRESS_FROM = 1_000;

	private static final Logger log = LoggerFactory.getLogger(PassageVectors.class);

	private final VectorSearch search;

	private final AtomicBoolean queryFailureLogged = new AtomicBoolean();

	private volatile boolean incomplete;

	/**
	 * The embedder that wrote the index's vectors, as the last commit (or this run)
	 * recorded it.
	 */
	private volatile String recorded = NONE;

	PassageVectors(VectorSearch search) {
		this.search = search;
	}

	VectorSearch search() {
		return search;
	}

	/** The configured embedder's id. */
	String embedder() {
		return search.embedder().id();
	}

	/**
	 * Takes the embedder an index's last commit recorded, when the index opens: an empty
	 * index takes the configured one; another than the configured one makes the vectors
	 * stale, which is logged.
	 */
	void opened(String recordedEmbedder, boolean empty, String indexName) {
		if (empty) {
			recorded = embedder();
			return;
		}
		recorded = recordedEmbedder;
		if (!recordedEmbedder.equals(embedder())) {
			log.warn(
					"The passage vectors of index '{}' come from {}, the configured embedder is {}: searches use "
							+ "BM25 alone until every passage is embedded again",
					indexName, recordedEmbedder, embedder());
		}
	}

	/**
	 * Whether the index's vectors come from another embedder than the configured one (or
	 * some passages went without a vector): queries then get no vector.
	 */
	boolean stale() {
		return !recorded.equals(embedder());
	}

	/** The embedder recorded with the index's vectors. */
	String recorded() {
		return recorded;
	}

	/**
	 * What the next commit records: the old record while the vectors are stale, else the
	 * configured embedder's id, marked when a passage went without a vector.
	 */
	String toCommit() {
		if (stale()) {
			return recorded;
		}
		return incomplete ? embedder() + INCOMPLETE : embedder();
	}

	/** Forgets earlier failures, before every passage is embedded again. */
	void startOver() {
		incomplete = false;
	}

	/**
	 * After every passage was embedded again, or the index emptied: the vectors are the
	 * configured embedder's.
	 */
	void current() {
		recorded = embedder();
	}

	/**
	 * The vectors of the documents' passages by source id, embedded in batches of the
	 * embedder's size. When the embedder fails, the passages of that batch get none (they
	 * stay findable by BM25) and the next commit records the vectors as incomplete, so
	 * the next start embeds them again.
	 */
	Map<String, float[]> embed(List<IndexedDocument> documents) {
		List<String> ids = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (IndexedDocument document : documents) {
			for (Passage passage : document.passages()) {
				if (search.embedder().understands(Language.detect(passage.text()))) {
					ids.add(SourcePassage.sourceId(document.documentId(), passage.ordinal()));
					texts.add(SearchSchema.bodyText(document.title(), passage.text()));
				}
			}
		}
		Map<String, float[]> vectors = new HashMap<>(ids.size() * 2);
		int batch = search.embedder().batchSize();
		long started = System.nanoTime();
		boolean report = ids.size() >= PROGRESS_FROM;
		int nextReport = ids.size() / 10;
		for (int from = 0; from < ids.size(); from += batch) {
			int to = Math.min(ids.size(), from + batch);
			try {
				List<float[]> embedded = search.embedder().embedAll(texts.subList(from, to));
				for (int i = from; i < to; i++) {
					float[] unit = unitLength(checked(embedded.get(i - from)));
					if (unit != null) {
						vectors.put(ids.get(i), unit);
					}
				}
			}
			catch (RuntimeException ex) {
				incomplete = true;
				log.warn(
						"{} passages of {} were indexed without vectors because {} failed ({}); they are embedded "
								+ "again on the next start",
						to - from, ids.get(from), search.embedder().id(), ex.getMessage());
			}
			if (report && to >= nextReport && to < ids.size()) {
				log.info("Embedding passages with {}: {}/{} ({}%), {} s", search.embedder().id(), to, ids.size(),
						to * 100L / ids.size(), (System.nanoTime() - started) / 1_000_000_000);
				nextReport = to + ids.size() / 10;
			}
		}
		if (report) {
			log.info("Embedded {} passages with {} in {} s", vectors.size(), search.embedder().id(),
					(System.nanoTime() - started) / 1_000_000_000);
		}
		return vectors;
	}

	/**
	 * Embeds every passage of the index again, from the passages' stored text, a few
	 * hundred documents at a time with progress in the log, and hands each document with
	 * its vectors to {@code write}; the caller then marks the vectors {@link #current()}
	 * and commits.
	 * @return the number of passages written again
	 */
	int reembed(IndexSearcher searcher, BiConsumer<IndexedDocument, Map<String, float[]>> write) throws IOException {
		startOver();
		List<String> ids = List.copyOf(StoredPassages.documentIds(searcher));
		int passages = 0;
		for (int from = 0; from < ids.size(); from += REEMBED_DOCUMENTS) {
			int to = Math.min(ids.size(), from + REEMBED_DOCUMENTS);
			List<IndexedDocument> documents = StoredPassages.documents(searcher, ids.subList(from, to));
			Map<String, float[]> embedded = embed(documents);
			for (IndexedDocument document : documents) {
				write.accept(document, embedded);
				passages += document.passages().size();
			}
			log.info("Embedding passages again: {}/{} documents", to, ids.size());
		}
		return passages;
	}

	/** The field holding a passage's vector. */
	static KnnFloatVectorField field(float[] unitVector) {
		return new KnnFloatVectorField(FIELD + unitVector.length, unitVector, VectorSimilarityFunction.DOT_PRODUCT);
	}

	/**
	 * The query's unit vector; null when the query's language (the hint, else detected)
	 * is not one the embedder understands, or when the embedder fails, which is logged
	 * once until it works again.
	 */
	float @Nullable [] queryVector(String text, @Nullable Language hint) {
		Language language = hint != null ? hint : Language.detect(text);
		if (!search.embedder().understands(language)) {
			return null;
		}
		try {
			float[] vector = unitLength(checked(search.embedder().embedQuery(text)));
			if (queryFailureLogged.compareAndSet(true, false)) {
				log.info("Query embeddings from {} work again; searches are hybrid again", search.embedder().id());
			}
			return vector;
		}
		catch (RuntimeException ex) {
			if (queryFailureLogged.compareAndSet(false, true)) {
				log.warn("Searching with BM25 alone: embedding the query with {} failed ({})", search.embedder().id(),
						ex.getMessage());
			}
			return null;
		}
	}

	/**
	 * The {@code n} nearest passages to a unit vector, within the filter when there is
	 * one.
	 */
	static Query nearest(float[] unitVector, int n, @Nullable Query filter) {
		return new KnnFloatVectorQuery(FIELD + unitVector.length, unitVector, n, filter);
	}

	private static float[] checked(float[] vector) {
		if (vector.length > MAX_DIMENSIONS) {
			throw new IllegalStateException("the model gives " + vector.length + " dimensions, the index takes at most "
					+ MAX_DIMENSIONS + "; choose a smaller model or fewer dimensions");
		}
		return vector;
	}

	/**
	 * The vector scaled to length 1; null for a zero vector, which has no direction to
	 * compare.
	 */
	static float @Nullable [] unitLength(float[] vector) {
		double sum = 0;
		for (float v : vector) {
			sum += (double) v * v;
		}
		if (sum == 0 || Double.isNaN(sum)) {
			return null;
		}
		float norm = (float) Math.sqrt(sum);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] / norm;
		}
		return unit;
	}

}

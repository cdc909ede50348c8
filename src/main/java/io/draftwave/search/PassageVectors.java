package io.draftwave.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dense side of a {@link LuceneIndex}: embeds passages in batches when they are indexed,
 * stores each vector unit-length in an HNSW field scored by dot product (the cosine of the
 * original vectors), and embeds queries. A passage or query in a language the embedder does not
 * understand gets no vector. Thread-safe.
 */
final class PassageVectors {

	/**
	 * Prefix of the HNSW vector field of a passage, followed by the dimension: an index keeps a
	 * field's dimension for as long as it exists, so a model of another dimension writes another
	 * field.
	 */
	static final String FIELD = "vector_";

	/** Key of the commit user data naming the embedder of the index's vectors. */
	static final String COMMIT_KEY = "embedder";

	/** The recorded embedder of an index written without vectors. */
	static final String NONE = "none";

	/** Suffix of the recorded embedder when some passages could not be embedded. */
	static final String INCOMPLETE = " (incomplete)";

	/** The most dimensions Lucene's default HNSW format takes. */
	static final int MAX_DIMENSIONS = KnnVectorsFormat.DEFAULT_MAX_DIMENSIONS;

	/** Jobs with at least this many passages log their progress. */
	private static final int PROGRESS_FROM = 1_000;

	private static final Logger log = LoggerFactory.getLogger(PassageVectors.class);

	private final VectorSearch search;

	private final AtomicBoolean queryFailureLogged = new AtomicBoolean();

	private volatile boolean incomplete;

	PassageVectors(VectorSearch search) {
		this.search = search;
	}

	VectorSearch search() {
		return search;
	}

	/** Forgets earlier failures, before every passage is embedded again. */
	void startOver() {
		incomplete = false;
	}

	/** What the next commit records: the embedder's id, marked when a passage went without a vector. */
	String recordedId() {
		return incomplete ? search.embedder().id() + INCOMPLETE : search.embedder().id();
	}

	/**
	 * The vectors of the documents' passages by source id, embedded in batches of the embedder's
	 * size. When the embedder fails, the passages of that batch get none (they stay findable by BM25)
	 * and the next commit records the vectors as incomplete, so the next start embeds them again.
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
				log.warn("{} passages of {} were indexed without vectors because {} failed ({}); they are embedded "
						+ "again on the next start", to - from, ids.get(from), search.embedder().id(), ex.getMessage());
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

	/** The field holding a passage's vector. */
	static KnnFloatVectorField field(float[] unitVector) {
		return new KnnFloatVectorField(FIELD + unitVector.length, unitVector, VectorSimilarityFunction.DOT_PRODUCT);
	}

	/**
	 * The query's unit vector; null when the query's language (the hint, else detected) is not one
	 * the embedder understands, or when the embedder fails, which is logged once until it works again.
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

	/** The {@code n} nearest passages to a unit vector, within the filter when there is one. */
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

	/** The vector scaled to length 1; null for a zero vector, which has no direction to compare. */
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

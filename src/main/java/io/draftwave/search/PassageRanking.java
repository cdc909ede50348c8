package io.draftwave.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * How a passage index orders its hits for a query: BM25 over the {@link SearchSchema}'s
 * fields (the query restricted to the request's documents), the first hits of a Korean
 * query ranked again by their best sentence ({@link SentenceEvidence}), and, with current
 * {@link PassageVectors}, the nearest vectors alone or fused with BM25 by
 * {@link ReciprocalRankFusion}. Every ranking sorts by score, highest first, ties by
 * source id ascending ({@link #SCORE_THEN_SOURCE_ID}), so that results repeat. It runs
 * the searches of {@link PassageIndex#retrieve}, {@link PassageReader#select} and
 * {@link PassageIndex#rank} on a searcher the index holds, reading each hit's stored
 * fields once. Thread-safe.
 */
final class PassageRanking {

	/** The order of every ranking: score, then source id. */
	static final Sort SCORE_THEN_SOURCE_ID = new Sort(SortField.FIELD_SCORE,
			new SortField(PassageFields.SOURCE_ID, SortField.Type.STRING));

	/** The stored fields {@link #rank} reads. */
	private static final Set<String> IDS = Set.of(PassageFields.SOURCE_ID, PassageFields.DOCUMENT_ID);

	private final SearchSchema schema;

	private final IndexSettings settings;

	private final @Nullable PassageVectors vectors;

	PassageRanking(SearchSchema schema, IndexSettings settings, @Nullable PassageVectors vectors) {
		this.schema = schema;
		this.settings = settings;
		this.vectors = vectors;
	}

	/**
	 * A query ready to run: its plan (one per search, since its second ranking keeps what
	 * it read) and its vector, embedded before a searcher is taken.
	 *
	 * @param vector null without vectors, while they are stale, or when the embedder
	 * cannot give one
	 */
	record Prepared(SearchQuery query, QueryPlan plan, float @Nullable [] vector) {
	}

	/** Plans the query and embeds it; blocking when an embedder is called. */
	Prepared prepare(SearchQuery query) {
		QueryPlan plan = schema.plan(query.text(), query.language(), settings.titleBoost());
		float @Nullable [] vector = vectors == null || vectors.stale() ? null
				: vectors.queryVector(query.text(), query.language());
		return new Prepared(query, plan, vector);
	}

	/** The hits with their excerpts, best first. */
	List<SearchHit> retrieve(IndexSearcher searcher, Prepared prepared) throws IOException {
		HitReader hits = new HitReader(schema, prepared.plan(), searcher);
		List<SearchHit> found = new ArrayList<>();
		for (ScoreDoc top : top(searcher, prepared)) {
			Document stored = hits.stored(top.doc);
			found.add(PassageFields.hit(stored, hits.excerpt(top.doc, stored), top.score));
		}
		return List.copyOf(found);
	}

	/**
	 * The hits {@code keep} accepts, at most {@code limit}, with their excerpts, best
	 * first.
	 */
	List<SelectedPassage> select(IndexSearcher searcher, Prepared prepared, int limit, Predicate<SourcePassage> keep)
			throws IOException {
		HitReader hits = new HitReader(schema, prepared.plan(), searcher);
		List<SelectedPassage> kept = new ArrayList<>();
		for (ScoreDoc top : top(searcher, prepared)) {
			if (kept.size() >= limit) {
				break;
			}
			Document stored = hits.stored(top.doc);
			SourcePassage passage = PassageFields.source(stored);
			if (keep.test(passage)) {
				kept.add(new SelectedPassage(passage, hits.excerpt(top.doc, stored), top.score));
			}
		}
		return List.copyOf(kept);
	}

	/** The hits' ids and scores, best first, reading no other stored field. */
	List<RankedSource> rank(IndexSearcher searcher, Prepared prepared) throws IOException {
		ScoreDoc[] top = top(searcher, prepared);
		StoredFields storedFields = searcher.storedFields();
		List<RankedSource> ranked = new ArrayList<>(top.length);
		for (ScoreDoc hit : top) {
			Document stored = storedFields.document(hit.doc, IDS);
			ranked.add(new RankedSource(stored.get(PassageFields.SOURCE_ID), stored.get(PassageFields.DOCUMENT_ID),
					hit.score));
		}
		return List.copyOf(ranked);
	}

	/** The first {@code query.k()} hits, BM25 alone without a vector. */
	ScoreDoc[] top(IndexSearcher searcher, Prepared prepared) throws IOException {
		if (vectors == null || prepared.vector() == null) {
			return bm25(searcher, prepared.plan(), prepared.query(), prepared.query().k());
		}
		return withVectors(searcher, prepared.plan(), prepared.vector(), prepared.query(), vectors.search());
	}

	private static ScoreDoc[] bm25(IndexSearcher searcher, QueryPlan plan, SearchQuery query, int n)
			throws IOException {
		Query scored = plan.query();
		if (scored == null) {
			return new ScoreDoc[0];
		}
		Query full = scored;
		Query filter = documentFilter(query);
		if (filter != null) {
			full = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
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
		return query.documentIds().isEmpty() ? null : PassageFields.documents(query.documentIds());
	}

	/**
	 * The nearest passages to the query's vector, alone ({@link VectorSearch.Mode#DENSE})
	 * or fused with the BM25 ranking, each taken {@code max(depth, k)} deep; ties by
	 * source id.
	 */
	private static ScoreDoc[] withVectors(IndexSearcher searcher, QueryPlan plan, float[] vector, SearchQuery query,
			VectorSearch search) throws IOException {
		int depth = Math.max(search.depth(), query.k());
		ScoreDoc[] nearest = searcher.search(PassageVectors.nearest(vector, depth, documentFilter(query)), depth,
				SCORE_THEN_SOURCE_ID, true).scoreDocs;
		if (search.mode() == VectorSearch.Mode.DENSE) {
			return nearest.length <= query.k() ? nearest : Arrays.copyOf(nearest, query.k());
		}
		ScoreDoc[] lexical = bm25(searcher, plan, query, depth);
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

	/**
	 * The source id of a hit sorted by {@link #SCORE_THEN_SOURCE_ID}, read from its sort
	 * values.
	 */
	static BytesRef sortedSourceId(ScoreDoc hit) {
		return (BytesRef) ((FieldDoc) hit).fields[1];
	}

	/**
	 * The source ids of hits sorted by {@link #SCORE_THEN_SOURCE_ID}, read from their
	 * sort values.
	 */
	private static List<String> sourceIds(ScoreDoc[] hits, Map<String, Integer> docs) {
		List<String> ids = new ArrayList<>(hits.length);
		for (ScoreDoc hit : hits) {
			String id = sortedSourceId(hit).utf8ToString();
			docs.put(id, hit.doc);
			ids.add(id);
		}
		return ids;
	}

}

package io.draftwave.eval;

import io.draftwave.corpus.IndexedDocument;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.draftwave.corpus.Passage;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.RankedSource;
import io.draftwave.search.SearchQuery;
import io.draftwave.search.VectorSearch;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Scores index configurations on a BEIR dataset. Each corpus record becomes one document
 * with one passage: the record's title as the document title and its text as the passage,
 * which the flat schemes index as {@code title + "\n" + text} in one field, exactly like
 * Anserini's BEIR flat indexes. Every scored query is run once with k = {@link #DEPTH},
 * without a language hint. Not thread-safe; one evaluation at a time.
 */
public final class RetrievalEvaluation {

	/** Hits retrieved per query, enough for Recall@100. */
	public static final int DEPTH = 100;

	/** No limit on the number of queries. */
	public static final int ALL_QUERIES = Integer.MAX_VALUE;

	private final BeirDataset dataset;

	private final PrintStream progress;

	/**
	 * @param dataset the collection to score on
	 * @param progress where progress bars go (stderr in the CLI)
	 */
	public RetrievalEvaluation(BeirDataset dataset, PrintStream progress) {
		this.dataset = Objects.requireNonNull(dataset, "dataset");
		this.progress = Objects.requireNonNull(progress, "progress");
	}

	/**
	 * One configuration to score: BM25 settings, and dense vectors or none.
	 *
	 * @param settings the index's BM25 settings; its name names the configuration
	 * @param vectors vectors fused with BM25 or ranked alone; null for BM25 alone
	 */
	public record Setup(IndexSettings settings, @Nullable VectorSearch vectors) {

		/** BM25 alone. */
		public static Setup bm25(IndexSettings settings) {
			return new Setup(settings, null);
		}

		String description() {
			String bm25 = Configurations.describe(settings);
			if (vectors == null) {
				return bm25;
			}
			String dense = vectors.embedder().id();
			return vectors.mode() == VectorSearch.Mode.DENSE ? dense + ", nearest " + vectors.depth()
					: bm25 + " + " + dense + ", RRF k " + vectors.rrfK() + ", depth " + vectors.depth();
		}

	}

	/**
	 * Builds an in-memory index per configuration and scores the first
	 * {@code queriesLimit} queries that have a relevant judgment.
	 * @return one result per configuration, in the given order
	 */
	public List<ConfigurationResult> run(List<IndexSettings> configurations, int queriesLimit) {
		return runSetups(configurations.stream().map(Setup::bm25).toList(), queriesLimit);
	}

	/**
	 * Like {@link #run} for configurations that may have dense vectors. A configuration's
	 * index time includes embedding the corpus, unless an earlier configuration of the
	 * run embedded it with the same embedder instance and that embedder remembers
	 * vectors.
	 * @return one result per configuration, in the given order
	 */
	public List<ConfigurationResult> runSetups(List<Setup> configurations, int queriesLimit) {
		List<BeirQuery> scored = scoredQueries(queriesLimit);
		List<IndexedDocument> documents = documents(dataset);
		List<ConfigurationResult> results = new ArrayList<>();
		for (Setup setup : configurations) {
			results.add(evaluate(setup, documents, scored));
		}
		return results;
	}

	/**
	 * The queries a run scores, in the dataset's order: the first {@code queriesLimit}
	 * with at least one relevant judgment. {@link ConfigurationResult#ranks()} follows
	 * this order.
	 */
	public List<BeirQuery> scoredQueries(int queriesLimit) {
		return dataset.queries()
			.stream()
			.filter(q -> RetrievalMetrics.hasRelevant(dataset.judgments(q.id())))
			.limit(queriesLimit)
			.toList();
	}

	/** The corpus as the index receives it: one document of one passage per record. */
	public static List<IndexedDocument> documents(BeirDataset dataset) {
		return dataset.documents()
			.stream()
			.map(d -> new IndexedDocument(d.id(), d.title(),
					List.of(new Passage(0, d.text(), 0, d.text().length(), null, null, null))))
			.toList();
	}

	private ConfigurationResult evaluate(Setup setup, List<IndexedDocument> documents, List<BeirQuery> queries) {
		IndexSettings settings = setup.settings();
		try (PassageIndex index = PassageIndex.inMemory(settings, setup.vectors())) {
			long indexStart = System.nanoTime();
			index.indexAll(documents);
			index.commit();
			double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
			long[] latencies = new long[queries.size()];
			List<Integer> ranks = new ArrayList<>(queries.size());
			double ndcg10 = 0, recall5 = 0, recall10 = 0, recall100 = 0, mrr10 = 0;
			try (ProgressBar bar = progressBar(dataset.name() + " " + settings.name(), queries.size())) {
				for (int i = 0; i < queries.size(); i++) {
					BeirQuery query = queries.get(i);
					long start = System.nanoTime();
					List<String> ranking = rank(index, query.text());
					latencies[i] = System.nanoTime() - start;
					Map<String, Integer> judgments = dataset.judgments(query.id());
					ndcg10 += RetrievalMetrics.ndcg(ranking, judgments, 10);
					recall5 += RetrievalMetrics.recall(ranking, judgments, 5);
					recall10 += RetrievalMetrics.recall(ranking, judgments, 10);
					recall100 += RetrievalMetrics.recall(ranking, judgments, 100);
					mrr10 += RetrievalMetrics.reciprocalRank(ranking, judgments, 10);
					ranks.add(RetrievalMetrics.firstRelevantRank(ranking, judgments));
					bar.step();
				}
			}
			int n = Math.max(1, queries.size());
			return new ConfigurationResult(settings.name(), setup.description(), queries.size(), ndcg10 / n,
					recall5 / n, recall10 / n, recall100 / n, mrr10 / n, Latencies.percentileMillis(latencies, 50),
					Latencies.percentileMillis(latencies, 99), indexSeconds,
					documents.size() / Math.max(indexSeconds, 1e-9), ranks);
		}
	}

	/** Ranked document ids, best first; empty for a blank query (which then scores 0). */
	static List<String> rank(PassageIndex index, String text) {
		if (text.isBlank()) {
			return List.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (RankedSource source : index.rank(new SearchQuery(text, DEPTH, null, Set.of()))) {
			ids.add(source.documentId());
		}
		return List.copyOf(ids);
	}

	private ProgressBar progressBar(String task, int max) {
		return new ProgressBarBuilder().setTaskName(task)
			.setInitialMax(max)
			.setConsumer(new ConsoleProgressBarConsumer(progress))
			.setUpdateIntervalMillis(500)
			.build();
	}

}

package io.draftwave.search;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.index.IndexWriter;
import org.jspecify.annotations.Nullable;

/**
 * What the commits of a passage index record beside the passages, in the commit user
 * data: the {@link IndexSettings#analysisSignature() analysis} the passages were analysed
 * with, under {@link #ANALYSIS}, and the embedder of their vectors, under
 * {@link #EMBEDDER} ({@link PassageVectors#NONE} for none). An index opened with another
 * analysis than the recorded one must be rebuilt; one opened with another embedder must
 * be embedded again. Its writes are serialised by the index.
 */
final class CommitRecord {

	/** Key of the analysis signature of the indexed passages. */
	static final String ANALYSIS = "draftwave.analysis";

	/** Key of the embedder of the index's vectors. */
	static final String EMBEDDER = "embedder";

	private final IndexWriter writer;

	private final String analysis;

	/** What the indexed passages were analysed with, when it is not {@link #analysis}. */
	private volatile @Nullable String staleAnalysis;

	/**
	 * Reads the record of the writer's last commit.
	 * @param analysis the {@link IndexSettings#analysisSignature()} new passages are
	 * analysed with
	 */
	CommitRecord(IndexWriter writer, String analysis) {
		this.writer = writer;
		this.analysis = analysis;
		String recorded = recorded().get(ANALYSIS);
		if (writer.getDocStats().numDocs > 0 && !analysis.equals(recorded)) {
			this.staleAnalysis = recorded == null ? "not recorded" : recorded;
		}
	}

	/**
	 * What the indexed passages were analysed with when it is not the analysis of new
	 * passages: the recorded signature, or {@code not recorded} for an index written
	 * before signatures were recorded; empty when the index is current or held no
	 * passages when it opened. It stays so until {@link #cleared()}, and commits keep the
	 * old record meanwhile, so that a rebuild cut short is still seen as one to do.
	 */
	Optional<String> staleAnalysis() {
		return Optional.ofNullable(staleAnalysis);
	}

	/** The index was emptied: its passages are analysed as new ones from now on. */
	void cleared() {
		staleAnalysis = null;
	}

	/**
	 * The embedder the last commit recorded, {@link PassageVectors#NONE} when it recorded
	 * none.
	 */
	String embedder() {
		return recorded().getOrDefault(EMBEDDER, PassageVectors.NONE);
	}

	/**
	 * Writes the analysis (unless it is stale) and the embedder into the next commit's
	 * user data, only when they differ from what the last commit recorded, so that a
	 * commit without changes stays a no-op.
	 */
	void prepare(String embedder) {
		Map<String, String> recorded = recorded();
		Map<String, String> wanted = new TreeMap<>(recorded);
		if (staleAnalysis == null) {
			wanted.put(ANALYSIS, analysis);
		}
		wanted.put(EMBEDDER, embedder);
		if (!wanted.equals(recorded)) {
			writer.setLiveCommitData(wanted.entrySet());
		}
	}

	private Map<String, String> recorded() {
		Map<String, String> data = new TreeMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

}

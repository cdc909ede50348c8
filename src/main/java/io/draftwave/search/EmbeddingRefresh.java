package io.draftwave.search;

import org.springframework.context.SmartLifecycle;

/**
 * At start, before the corpus is checked and before the web server opens, embeds every
 * passage again when the index's vectors come from another embedder than the configured
 * one (a model change, or passages that went without a vector when the embedder failed),
 * unless the index is to be rebuilt for a change of analysis anyway. Blocking: start-up
 * waits for it, with progress in the log, so that ingestion never races the re-embedding.
 */
final class EmbeddingRefresh implements SmartLifecycle {

	/**
	 * Before {@code CorpusStartup} (phase 0), which repairs the index and ingests the
	 * corpus.
	 */
	private static final int PHASE = -100;

	private final LuceneIndex index;

	private volatile boolean running;

	EmbeddingRefresh(LuceneIndex index) {
		this.index = index;
	}

	@Override
	public void start() {
		// an index analysed differently is rebuilt from the originals next, which embeds
		// every passage
		if (index.embeddingsStale() && index.staleAnalysis().isEmpty()) {
			index.reembed();
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}

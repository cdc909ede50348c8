package io.draftwave.corpus;

/**
 * Published once per start when the start-up indexing of the corpus folders has ended,
 * finished, stopped by an error, or turned off ({@code draftwave.corpus.sync-on-start}):
 * the moment for another capability to catch up on stored documents it has not taken yet
 * (an unchanged file is skipped at start, so its listeners are not told again). Published
 * on the thread {@code corpus-ingest}; listeners run there, one after another, while the
 * service answers requests.
 */
public record StartupIndexingEnded() {
}

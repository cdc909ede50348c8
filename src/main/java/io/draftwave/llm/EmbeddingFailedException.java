package io.draftwave.llm;

/**
 * An embedding model could not embed a batch: unreachable, an error status, or a short
 * answer.
 */
final class EmbeddingFailedException extends RuntimeException {

	EmbeddingFailedException(String embedder, Throwable cause) {
		super(embedder + " failed: " + cause.getMessage(), cause);
	}

	EmbeddingFailedException(String embedder, int asked, int answered) {
		super(embedder + " answered " + answered + " vectors for " + asked + " texts");
	}

}

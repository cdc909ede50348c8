package io.draftwave.drafting;

/**
 * A drafter could not write: the model's server failed, timed out or answered something
 * unreadable. {@link #retriable()} tells whether trying again later may help (429, 5xx,
 * timeout) or not (401/403, unknown model, bad request).
 */
public class DrafterException extends RuntimeException {

	private final boolean retriable;

	public DrafterException(String message, boolean retriable, Throwable cause) {
		super(message, cause);
		this.retriable = retriable;
	}

	public DrafterException(String message, boolean retriable) {
		super(message);
		this.retriable = retriable;
	}

	public boolean retriable() {
		return retriable;
	}

}

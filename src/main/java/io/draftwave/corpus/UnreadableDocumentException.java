package io.draftwave.corpus;

/**
 * A file that claims a supported format but cannot be read: corrupt, truncated, encrypted
 * or password-protected. The message is the reason shown to the user.
 */
public class UnreadableDocumentException extends RuntimeException {

	public UnreadableDocumentException(String reason) {
		super(reason);
	}

	public UnreadableDocumentException(String reason, Throwable cause) {
		super(reason, cause);
	}

}

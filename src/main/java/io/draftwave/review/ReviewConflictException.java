package io.draftwave.review;

/**
 * A review step the draft's state does not allow, e.g. approving a draft that was never
 * submitted, or editing an approved one. The message names the state and the steps it
 * allows.
 */
public class ReviewConflictException extends RuntimeException {

	ReviewConflictException(String message) {
		super(message);
	}

}

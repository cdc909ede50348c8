package io.draftwave.review;

/**
 * A review step the caller may not take on a draft it can see: approving without the
 * reviewer role, submitting another's draft, approving one's own draft while
 * {@code draftwave.review.allow-self-approval} is false.
 */
public class ReviewRefusedException extends RuntimeException {

	ReviewRefusedException(String message) {
		super(message);
	}

}

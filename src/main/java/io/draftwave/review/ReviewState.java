package io.draftwave.review;

/**
 * Where a draft is in its review.
 *
 * <pre>
 * draft ──submit (owner)──▶ in-review ──approve (reviewer)──▶ approved
 *   ▲ edit (owner)            │  ▲ edit, comment (reviewer)
 *   │                         │  │
 *   └─────────────────── returned ◀──return (reviewer)
 *                         edit (owner), submit again (owner) ──▶ in-review
 * </pre> Comments are allowed in every state but {@code approved}; an approved draft is
 * final.
 */
public enum ReviewState {

	/** As written; only its owner (and administrators) see it. */
	DRAFT("draft"),

	/** Submitted by its owner; reviewers may edit, comment, approve or return it. */
	IN_REVIEW("in-review"),

	/** Sent back to its owner by a reviewer, to be edited and submitted again. */
	RETURNED("returned"),

	/** Approved by a reviewer; final. */
	APPROVED("approved");

	private final String id;

	ReviewState(String id) {
		this.id = id;
	}

	/** The name in the API and the database, e.g. {@code in-review}. */
	public String id() {
		return id;
	}

	/** The state named {@code id}, e.g. {@code in-review}. */
	public static ReviewState of(String id) {
		for (ReviewState state : values()) {
			if (state.id.equals(id.strip())) {
				return state;
			}
		}
		throw new IllegalArgumentException(
				"state must be one of draft, in-review, returned, approved, not '" + id + "'");
	}

}

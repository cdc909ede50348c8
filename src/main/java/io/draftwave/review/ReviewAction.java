package io.draftwave.review;

import java.util.Locale;

/** A step in a draft's history, as {@link ReviewEvent} records it. */
public enum ReviewAction {

	/** The draft was written (version 1). */
	CREATED,

	/** Its text was changed (a new version). */
	EDITED,

	/** Its owner asked for review. */
	SUBMITTED,

	/** Someone commented. */
	COMMENTED,

	/** A reviewer sent it back. */
	RETURNED,

	/** A reviewer approved it. */
	APPROVED;

	/** The name in the API and the database, e.g. {@code submitted}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReviewAction of(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}

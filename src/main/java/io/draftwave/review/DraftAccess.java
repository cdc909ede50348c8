package io.draftwave.review;

import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;

/**
 * Who may see a kept draft: its owner, an administrator, and a reviewer once the draft
 * has been submitted (any state but {@code draft}). Anyone else is answered as if the
 * draft did not exist, so that an official learns nothing about another's drafts.
 */
public final class DraftAccess {

	private DraftAccess() {
	}

	/** Whether the caller may read the draft, export it and rate it. */
	public static boolean canRead(KeptDraft draft, ApiKey caller) {
		return isOwner(draft, caller) || caller.role().includes(Role.ADMIN)
				|| caller.role().includes(Role.REVIEWER) && draft.state() != ReviewState.DRAFT;
	}

	static boolean isOwner(KeptDraft draft, ApiKey caller) {
		return draft.owner().equals(caller.name());
	}

	static boolean isReviewer(ApiKey caller) {
		return caller.role().includes(Role.REVIEWER);
	}

}

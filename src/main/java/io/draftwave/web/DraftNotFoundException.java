package io.draftwave.web;

/**
 * No draft with this id was kept, or the caller may not see it: the two are answered
 * alike, so an official learns nothing about another's drafts.
 */
class DraftNotFoundException extends RuntimeException {

	DraftNotFoundException(String draftId) {
		super("no draft you can read has the id '" + draftId + "'");
	}

}

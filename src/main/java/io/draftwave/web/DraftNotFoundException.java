package io.draftwave.web;

/** No draft with this id was written, or it is no longer kept. */
class DraftNotFoundException extends RuntimeException {

	DraftNotFoundException(String draftId) {
		super("no draft has the id '" + draftId + "', or it is older than draftwave.drafting.keep-drafts-for");
	}

}

package io.draftwave.web;

/** No indexed passage has this source id. */
class SourceNotFoundException extends RuntimeException {

	SourceNotFoundException(String sourceId) {
		super("no passage has the source id '" + sourceId + "'");
	}

}

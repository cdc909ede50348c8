package io.draftwave.web;

/** No analysis with this id was given out, or it is no longer kept. */
class AnalysisNotFoundException extends RuntimeException {

	AnalysisNotFoundException(String analysisId) {
		super("no analysis has the id '" + analysisId
				+ "', or it is no longer kept; ask the question again to compute it anew");
	}

}

package io.draftwave.web;

/**
 * The analysis is kept but has no chart: its result has fewer than two values to draw.
 */
class ChartNotFoundException extends RuntimeException {

	ChartNotFoundException(String analysisId) {
		super("the analysis '" + analysisId + "' has no chart: its result has fewer than two values to draw");
	}

}

package io.draftwave.export;

/**
 * What an export shows of a cited figure beyond its citation: whether its analysis is
 * still kept, the chart as PNG and the title of its table's document.
 */
@FunctionalInterface
interface FigureLookup {

	/** Knows no analysis: every figure is exported as expired, without a picture. */
	FigureLookup NONE = (analysisId, documentId) -> new FigureDetails(false, documentId, null);

	/**
	 * The details of the figure computed by analysis {@code analysisId} from a table of
	 * document {@code documentId}; never null.
	 */
	FigureDetails find(String analysisId, String documentId);

}

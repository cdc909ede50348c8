package io.draftwave.drafting;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A source a draft cites: marker {@code [number]} refers to it. Most sources are
 * retrieved passages; a figure Draftwave computed from one of its tables is a source too
 * (type {@value Citation#FIGURE}), whose text is the result stated in sentences (see
 * {@link FigureSource}).
 *
 * @param number 1-based, in the order the sources are given to the drafter
 * @param sourceId the passage's id ({@code <documentId>-<ordinal>}), or for a figure
 * {@code figure-<analysisId>}
 * @param documentId its document (for a figure, the table's document)
 * @param title its document's title (for a figure, the table's title)
 * @param text the passage text given to the drafter (personal data not yet masked); for a
 * figure, its statement, the plan in words and the result rows in words, one per line
 * @param excerpt a short highlighted excerpt for display (HTML-escaped, matches in
 * {@code <mark>}); for a figure, its statement (HTML-escaped)
 * @param page the page where known
 * @param start offset of the passage in its document's text (0 for a figure)
 * @param end offset after the passage (0 for a figure)
 * @param type {@value Citation#PASSAGE} or {@value Citation#FIGURE}
 * @param analysisId for a figure, the analysis that computed it; null for a passage
 */
public record NumberedSource(int number, String sourceId, String documentId, String title, String text, String excerpt,
		@Nullable Integer page, int start, int end, String type, @Nullable String analysisId) {

	public NumberedSource {
		if (!Citation.PASSAGE.equals(type) && !Citation.FIGURE.equals(type)) {
			throw new IllegalArgumentException("type must be passage or figure, not " + type);
		}
		if (Citation.FIGURE.equals(type)) {
			Objects.requireNonNull(analysisId, "a figure needs its analysisId");
		}
	}

	/** A passage. */
	public NumberedSource(int number, String sourceId, String documentId, String title, String text, String excerpt,
			@Nullable Integer page, int start, int end) {
		this(number, sourceId, documentId, title, text, excerpt, page, start, end, Citation.PASSAGE, null);
	}

	/** Whether this is a computed figure rather than a passage. */
	public boolean isFigure() {
		return Citation.FIGURE.equals(type);
	}

	/** The same source under another number. */
	NumberedSource renumbered(int to) {
		return new NumberedSource(to, sourceId, documentId, title, text, excerpt, page, start, end, type, analysisId);
	}

}

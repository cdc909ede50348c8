package io.draftwave.drafting;

import org.jspecify.annotations.Nullable;

/**
 * A marker of the draft resolved to its source: a passage of a document, or a figure
 * Draftwave computed from one of its tables.
 *
 * @param marker the number n of {@code [n]}
 * @param sourceId the cited passage, or for a figure {@code figure-<analysisId>}
 * @param documentId its document (for a figure, the table's document)
 * @param title its document's title (for a figure, the table's title)
 * @param excerpt a short excerpt of the passage (HTML-escaped); for a figure, its
 * statement
 * @param page the page where known
 * @param start offset of the passage in its document's text (0 for a figure)
 * @param end offset after the passage (0 for a figure)
 * @param type {@value #PASSAGE} or {@value #FIGURE}
 * @param analysisId for a figure, the analysis that computed it (its chart, SQL and
 * source rows are found by this id); null for a passage
 */
public record Citation(int marker, String sourceId, String documentId, String title, String excerpt,
		@Nullable Integer page, int start, int end, String type, @Nullable String analysisId) {

	/** The {@link #type()} of a passage. */
	public static final String PASSAGE = "passage";

	/** The {@link #type()} of a computed figure. */
	public static final String FIGURE = "figure";

	/** A passage's citation. */
	public Citation(int marker, String sourceId, String documentId, String title, String excerpt,
			@Nullable Integer page, int start, int end) {
		this(marker, sourceId, documentId, title, excerpt, page, start, end, PASSAGE, null);
	}

	/** The citation of a numbered source, of its type and with its analysis id. */
	public static Citation of(NumberedSource s) {
		return new Citation(s.number(), s.sourceId(), s.documentId(), s.title(), s.excerpt(), s.page(), s.start(),
				s.end(), s.type(), s.analysisId());
	}

	/** Whether this cites a computed figure rather than a passage. */
	public boolean isFigure() {
		return FIGURE.equals(type);
	}

}

package io.draftwave.drafting;

import org.jspecify.annotations.Nullable;

/**
 * A marker of the draft resolved to its source.
 *
 * @param marker the number n of {@code [n]}
 * @param sourceId the cited passage
 * @param documentId its document
 * @param title its document's title
 * @param excerpt a short excerpt of the passage (HTML-escaped)
 * @param page the page where known
 * @param start offset of the passage in its document's text
 * @param end offset after the passage
 */
public record Citation(int marker, String sourceId, String documentId, String title, String excerpt,
		@Nullable Integer page, int start, int end) {

	public static Citation of(NumberedSource s) {
		return new Citation(s.number(), s.sourceId(), s.documentId(), s.title(), s.excerpt(), s.page(), s.start(),
				s.end());
	}

}

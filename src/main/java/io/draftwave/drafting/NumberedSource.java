package io.draftwave.drafting;

import org.jspecify.annotations.Nullable;

/**
 * A retrieved passage as a draft cites it: marker {@code [number]} refers to it.
 *
 * @param number 1-based, in the order the sources are given to the drafter
 * @param sourceId the passage's id ({@code <documentId>-<ordinal>})
 * @param documentId its document
 * @param title its document's title
 * @param text the passage text given to the drafter (personal data not yet masked)
 * @param excerpt a short highlighted excerpt for display (HTML-escaped, matches in
 * {@code <mark>})
 * @param page the page where known
 * @param start offset of the passage in its document's text
 * @param end offset after the passage
 */
public record NumberedSource(int number, String sourceId, String documentId, String title, String text, String excerpt,
		@Nullable Integer page, int start, int end) {
}

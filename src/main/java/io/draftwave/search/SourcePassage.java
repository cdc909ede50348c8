package io.draftwave.search;

import org.jspecify.annotations.Nullable;

/**
 * A stored passage in full, as a citation resolves to it.
 *
 * @param sourceId {@code <documentId>-<ordinal>}
 * @param documentId the document the passage belongs to
 * @param title the document's title
 * @param text the passage text, exactly the document text between start and end
 * @param heading the heading the passage sits under, or null
 * @param page the 1-based page, where known
 * @param sheet the sheet name for spreadsheet rows, or null
 * @param start offset of the passage in the document text, inclusive
 * @param end offset after the passage, exclusive
 */
public record SourcePassage(String sourceId, String documentId, String title, String text, @Nullable String heading,
		@Nullable Integer page, @Nullable String sheet, int start, int end) {

	/** The source id of a document's passage: {@code <documentId>-<ordinal>}. */
	public static String sourceId(String documentId, int ordinal) {
		return documentId + "-" + ordinal;
	}

	/**
	 * The passage's place in its document, read from its source id; -1 when the id holds
	 * none.
	 */
	public int ordinal() {
		String prefix = documentId + "-";
		if (!sourceId.startsWith(prefix)) {
			return -1;
		}
		try {
			return Integer.parseInt(sourceId.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}

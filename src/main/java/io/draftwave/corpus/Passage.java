package io.draftwave.corpus;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A retrievable piece of a document: a few sentences under one heading, or a few table
 * rows.
 *
 * @param ordinal position among the document's passages, from 0
 * @param text the passage text, equal to {@code documentText.substring(start, end)}
 * @param start offset of the first character in the document text (NFC), inclusive
 * @param end offset after the last character, exclusive
 * @param heading the nearest heading above the passage, or null
 * @param page the 1-based page where the passage starts, where the format has pages
 * @param sheet the sheet name for spreadsheet rows
 */
public record Passage(int ordinal, String text, int start, int end, @Nullable String heading, @Nullable Integer page,
		@Nullable String sheet) {

	public Passage {
		Objects.requireNonNull(text, "text");
		if (ordinal < 0 || start < 0 || end < start) {
			throw new IllegalArgumentException(
					"bad passage bounds: ordinal " + ordinal + ", start " + start + ", end " + end);
		}
	}

}

package io.draftwave.corpus.format;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One unit of a parsed document, in reading order: a heading, a paragraph, or a table row
 * rendered with its column names ("연도: 2024 | 참여 인원: 847").
 *
 * @param text the block's text, not empty
 * @param kind what the block is; chunking never lets a passage run across a heading
 * @param page the 1-based page number where the format has pages (PDF), else null
 * @param sheet the sheet name for spreadsheets, else null
 */
public record Block(String text, Kind kind, @Nullable Integer page, @Nullable String sheet) {

	/** The kinds of block a parser emits. */
	public enum Kind {

		HEADING, PARAGRAPH, ROW

	}

	public Block {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(kind, "kind");
	}

	public static Block heading(String text) {
		return new Block(text, Kind.HEADING, null, null);
	}

	public static Block paragraph(String text) {
		return new Block(text, Kind.PARAGRAPH, null, null);
	}

	public static Block row(String text, String sheet) {
		return new Block(text, Kind.ROW, null, sheet);
	}

	/** This block placed on a page. */
	public Block onPage(int pageNumber) {
		return new Block(text, kind, pageNumber, sheet);
	}

}

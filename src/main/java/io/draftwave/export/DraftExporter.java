package io.draftwave.export;

import io.draftwave.drafting.Draft;

/** Writes a finished draft as a file of one format, its citations as footnotes. */
public interface DraftExporter {

	/** The file's bytes. */
	byte[] export(Draft draft);

	/** The media type of the files written, e.g. {@code application/hwp+zip}. */
	String mediaType();

	/**
	 * The file name extension without the dot, e.g. {@code docx}; also the format's name
	 * in the API.
	 */
	String extension();

}

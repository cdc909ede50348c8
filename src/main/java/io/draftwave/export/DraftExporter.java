package io.draftwave.export;

import io.draftwave.drafting.Draft;
import org.jspecify.annotations.Nullable;

/** Writes a finished draft as a file of one format, its citations as footnotes. */
public interface DraftExporter {

	/** The file's bytes, of a draft not approved. */
	default byte[] export(Draft draft) {
		return export(draft, null);
	}

	/**
	 * The file's bytes; an approved draft's end with a paragraph naming the approver and
	 * the time, in the draft's language and the city's time zone.
	 */
	byte[] export(Draft draft, @Nullable Approval approval);

	/** The media type of the files written, e.g. {@code application/hwp+zip}. */
	String mediaType();

	/**
	 * The file name extension without the dot, e.g. {@code docx}; also the format's name
	 * in the API.
	 */
	String extension();

}

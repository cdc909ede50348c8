package io.draftwave.corpus;

import org.springframework.util.unit.DataSize;

/** A file over the configured size limit ({@code draftwave.corpus.max-upload-size}). */
public class DocumentTooLargeException extends RuntimeException {

	public DocumentTooLargeException(DataSize limit) {
		super("the file is larger than the limit of " + limit.toMegabytes() + " MB");
	}

}

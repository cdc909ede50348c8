package io.draftwave.corpus;

/** No document has this id. */
public class DocumentNotFoundException extends RuntimeException {

	public DocumentNotFoundException(String id) {
		super("no document has the id '" + id + "'");
	}

}

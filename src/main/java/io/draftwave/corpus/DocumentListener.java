package io.draftwave.corpus;

import java.nio.file.Path;

/**
 * Told about a document once it is durable (its index committed) and once it is removed,
 * so another capability can keep its own view of the documents. Called on the corpus'
 * store thread; an exception is logged and never undoes the document.
 */
public interface DocumentListener {

	/**
	 * A document was stored or re-indexed after its file changed.
	 * @param original the kept original (named by its hash, without an extension)
	 * @param fileName the file name it arrived with, for its extension
	 */
	void stored(String documentId, String title, String fileName, Path original, DocumentFormat format);

	/** The document was removed. */
	void removed(String documentId);

}

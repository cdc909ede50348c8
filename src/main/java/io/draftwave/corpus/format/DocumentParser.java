package io.draftwave.corpus.format;

import java.io.InputStream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/**
 * Reads the text of one file format into blocks. Implementations are stateless and
 * thread-safe.
 */
interface DocumentParser {

	/** The format this parser reads. */
	DocumentFormat format();

	/**
	 * Parses a whole file.
	 * @param in the file's bytes; the parser reads it but does not close it
	 * @return the document's title (if stated) and blocks in reading order
	 * @throws UnreadableDocumentException when the file is corrupt, encrypted or not of
	 * this format; its message says why in words a user can act on
	 */
	ParsedDocument parse(InputStream in) throws UnreadableDocumentException;

}

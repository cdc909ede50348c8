package io.draftwave.corpus.format;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/** Checks shared by the Office Open XML parsers before POI sees the bytes. */
final class OfficeFiles {

	private OfficeFiles() {
	}

	/**
	 * Rejects bytes that cannot be an Office Open XML package, with a reason the user can
	 * act on: a password-protected DOCX or XLSX is stored as an OLE2 container, not a
	 * ZIP.
	 */
	static void requireZip(byte[] bytes, DocumentFormat format) {
		if (Magic.isOle2(bytes)) {
			throw new UnreadableDocumentException(
					"the " + format + " file is password-protected or in the old binary Office format");
		}
		if (!Magic.isZip(bytes)) {
			throw new UnreadableDocumentException("not a valid " + format + " file: it is not a ZIP package");
		}
	}

}

package io.draftwave.corpus.format;

import java.io.IOException;
import java.io.InputStream;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/**
 * Reading a whole upload into memory, with the I/O failure turned into an unreadable
 * document.
 */
final class Streams {

	private Streams() {
	}

	static byte[] readAll(InputStream in, DocumentFormat format) {
		try {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UnreadableDocumentException("could not read the " + format + " file: " + e.getMessage(), e);
		}
	}

	/**
	 * A one-line, bounded reason taken from a library's exception, for user-facing
	 * messages.
	 */
	static String reason(Throwable e) {
		String message = e.getMessage();
		String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
		text = text.replaceAll("\\s+", " ");
		return text.length() > 160 ? text.substring(0, 157) + "..." : text;
	}

}

package io.draftwave.corpus.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.draftwave.corpus.UnreadableDocumentException;

/**
 * Decodes the bytes of a text format: UTF-8 (a byte order mark is dropped), UTF-16 when a
 * UTF-16 byte order mark says so, and CP949 (the Windows superset of EUC-KR that Korean
 * Excel and Notepad export) when the bytes are not valid UTF-8.
 */
final class TextDecoding {

	static final Charset CP949 = Charset.forName("x-windows-949");

	private TextDecoding() {
	}

	/**
	 * The text of the bytes.
	 * @throws UnreadableDocumentException when the bytes are neither UTF-8 nor CP949
	 */
	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		try {
			return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return decoder(CP949).decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException notCp949) {
				throw new UnreadableDocumentException("the text is neither UTF-8 nor CP949 (EUC-KR) encoded");
			}
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return chars.toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableDocumentException("the text declares " + charset.name()
					+ " by its byte order mark but is not valid " + charset.name());
		}
	}

	private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}

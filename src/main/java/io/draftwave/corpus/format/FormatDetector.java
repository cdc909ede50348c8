package io.draftwave.corpus.format;

import java.util.Optional;

import io.draftwave.corpus.DocumentFormat;
import io.draftwave.corpus.UnreadableDocumentException;

/**
 * Decides the format of an upload from its file name and checks it against the first
 * bytes. The extension names the format (ignoring case; {@code "2024 교육 결과.XLSX"} is
 * XLSX); the content must then agree: {@code %PDF} for PDF, a ZIP header for DOCX, XLSX
 * and HWPX, an OLE2 header for HWP, and no NUL bytes for the text formats (CSV, HTML,
 * Markdown, text).
 */
public final class FormatDetector {

	/**
	 * How many leading bytes {@link #detect} looks at; callers may pass more or fewer.
	 */
	public static final int HEAD_BYTES = 8192;

	/**
	 * The declared format of a file, verified against its content.
	 * @param fileName the uploaded file's name, possibly with spaces and Hangul
	 * @param head the first bytes of the file (up to {@link #HEAD_BYTES} are examined)
	 * @return the format, or empty when the name has no extension or an unsupported one
	 * (an unsupported media type, HTTP 415)
	 * @throws UnreadableDocumentException when the extension names a supported format but
	 * the content is not of that format (HTTP 422), e.g. a {@code .pdf} that is a ZIP
	 */
	public Optional<DocumentFormat> detect(String fileName, byte[] head) {
		Optional<DocumentFormat> declared = DocumentFormat.fromFileName(fileName.strip());
		declared.ifPresent(format -> verify(format, head));
		return declared;
	}

	private static void verify(DocumentFormat format, byte[] head) {
		boolean matches = switch (format) {
			case PDF -> Magic.isPdf(head);
			case DOCX, XLSX, HWPX -> Magic.isZip(head);
			case HWP -> Magic.isOle2(head);
			case CSV, HTML, MARKDOWN, TEXT ->
				!Magic.looksBinary(head) && !Magic.isPdf(head) && !Magic.isZip(head) && !Magic.isOle2(head);
		};
		if (!matches) {
			throw new UnreadableDocumentException(
					"the file is named as " + format + " but its content is " + describe(head));
		}
	}

	private static String describe(byte[] head) {
		if (head.length == 0) {
			return "empty";
		}
		if (Magic.isPdf(head)) {
			return "a PDF";
		}
		if (Magic.isZip(head)) {
			return "a ZIP package (DOCX, XLSX or HWPX)";
		}
		if (Magic.isOle2(head)) {
			return "an OLE2 file (HWP 5, old Office or a password-protected Office file)";
		}
		if (Magic.isHwp3(head)) {
			return "an HWP 3.0 file";
		}
		if (Magic.looksBinary(head)) {
			return "binary data of an unknown kind";
		}
		return "plain text";
	}

}

package io.draftwave.corpus;

/** A file whose name announces no format Draftwave reads. */
public class UnsupportedFormatException extends RuntimeException {

	private final String fileName;

	public UnsupportedFormatException(String fileName) {
		super("'" + fileName
				+ "' is not a supported type; send HWP, HWPX, PDF, DOCX, XLSX, CSV, HTML, Markdown or plain text");
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}

}

package io.draftwave.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Draftwave ingests, each with the file-name extensions that announce it
 * and the media type used when the original is served back.
 */
public enum DocumentFormat {

	HWP("application/x-hwp", "hwp"), HWPX("application/hwp+zip", "hwpx"), PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), CSV("text/csv", "csv", "tsv"),
	HTML("text/html", "html", "htm"), MARKDOWN("text/markdown", "md", "markdown"), TEXT("text/plain", "txt", "text");

	private final String mediaType;

	private final List<String> extensions;

	DocumentFormat(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/** The media type to serve the original with, e.g. {@code application/pdf}. */
	public String mediaType() {
		return mediaType;
	}

	/** Extensions without the dot, lower case; the first is the canonical one. */
	public List<String> extensions() {
		return extensions;
	}

	/**
	 * The format a file name announces by its extension, ignoring case:
	 * {@code "보고서 최종.HWPX"} is HWPX; a name with no extension or an unknown one gives
	 * empty.
	 */
	public static Optional<DocumentFormat> fromFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0 || dot == fileName.length() - 1) {
			return Optional.empty();
		}
		String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
	}

}

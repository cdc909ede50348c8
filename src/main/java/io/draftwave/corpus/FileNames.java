package io.draftwave.corpus;

/**
 * The rule for names that users give their files. A name is only ever stored or shown as
 * text, never used as a path: uploads are staged and originals kept under names of
 * Draftwave's own.
 */
final class FileNames {

	/** What a name that is empty once cleaned becomes. */
	static final String FALLBACK = "document";

	private static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/**
	 * The last path element of a user-supplied name, with control characters removed:
	 * {@code "../../etc/passwd"} becomes {@code "passwd"}, {@code "보고서\\2024 결과.hwpx"}
	 * becomes {@code "2024 결과.hwpx"}, {@code ".."} becomes {@value #FALLBACK}; a name
	 * longer than 255 characters keeps its last 255, so the extension survives.
	 */
	static String safe(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return FALLBACK;
		}
		return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
	}

}

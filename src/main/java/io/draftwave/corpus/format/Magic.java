package io.draftwave.corpus.format;

/**
 * The leading bytes ("magic numbers") that identify the binary formats Draftwave reads.
 */
final class Magic {

	private Magic() {
	}

	/**
	 * {@code %PDF}; a few producers put junk before it, so the first kilobyte is
	 * searched.
	 */
	static boolean isPdf(byte[] head) {
		int limit = Math.min(head.length - 4, 1024);
		for (int i = 0; i <= limit; i++) {
			if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F') {
				return true;
			}
		}
		return false;
	}

	/**
	 * A ZIP local file header {@code PK\3\4}, or the empty-archive marker {@code PK\5\6}.
	 */
	static boolean isZip(byte[] head) {
		return TextDecoding.startsWith(head, 0x50, 0x4B, 0x03, 0x04)
				|| TextDecoding.startsWith(head, 0x50, 0x4B, 0x05, 0x06);
	}

	/**
	 * An OLE2 compound file {@code D0 CF 11 E0 A1 B1 1A E1}, the container of HWP 5 and
	 * old Office files.
	 */
	static boolean isOle2(byte[] head) {
		return TextDecoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
	}

	/** The signature of HWP 3.0 files, which predate the OLE2-based HWP 5. */
	static boolean isHwp3(byte[] head) {
		return new String(head, 0, Math.min(head.length, 17), java.nio.charset.StandardCharsets.ISO_8859_1)
			.equals("HWP Document File");
	}

	/**
	 * A NUL byte in the head: text formats never contain one (UTF-16 aside, which has a
	 * BOM).
	 */
	static boolean looksBinary(byte[] head) {
		if (TextDecoding.startsWith(head, 0xFF, 0xFE) || TextDecoding.startsWith(head, 0xFE, 0xFF)) {
			return false;
		}
		for (int i = 0; i < Math.min(head.length, 4096); i++) {
			if (head[i] == 0) {
				return true;
			}
		}
		return false;
	}

}

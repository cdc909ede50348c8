package io.draftwave.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored document's metadata.
 *
 * @param id the document id, 16 lowercase hex digits
 * @param title the title stated in the file, else its file name without extension
 * @param fileName the file name as uploaded or found, without any folder
 * @param format the detected format
 * @param language the language of most of its text
 * @param sizeBytes the original's size
 * @param sha256 the original's SHA-256, lowercase hex; unique: the same bytes are stored
 * once
 * @param origin where it came from: {@code upload} or {@code corpus:<relative path>}
 * @param status where it is in its life
 * @param passageCount passages in the index
 * @param createdAt when it was first stored
 * @param updatedAt when it was last changed
 */
public record DocumentRecord(String id, String title, String fileName, DocumentFormat format, Language language,
		long sizeBytes, String sha256, String origin, DocumentStatus status, int passageCount, Instant createdAt,
		Instant updatedAt) {

	/** The origin of documents that came through the HTTP API. */
	public static final String UPLOAD_ORIGIN = "upload";

	/** Prefix of the origin of documents found in a corpus folder. */
	public static final String CORPUS_ORIGIN_PREFIX = "corpus:";

	public DocumentRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(status, "status");
	}

	public DocumentRecord withStatus(DocumentStatus newStatus, Instant now) {
		return new DocumentRecord(id, title, fileName, format, language, sizeBytes, sha256, origin, newStatus,
				passageCount, createdAt, now);
	}

}

package io.draftwave.audit;

import java.util.Locale;

/**
 * What an audited request did. Each kind's {@link #id()} is what the log, the API and the
 * CSV show, e.g. {@code draft-stream}.
 */
public enum AuditKind {

	/** {@code POST /api/search}. */
	SEARCH,

	/** {@code POST /api/drafts}. */
	DRAFT,

	/** {@code POST /api/drafts/stream}. */
	DRAFT_STREAM,

	/** {@code POST /v1/chat/completions}, streamed or not. */
	CHAT_COMPLETION,

	/** {@code POST /api/analyses}. */
	ANALYSIS,

	/** {@code GET /api/tables/**}: a table's description or its rows. */
	TABLE_READ,

	/** A draft, an analysis's result, a lab run or the audit trail itself as a file. */
	EXPORT,

	/** {@code POST /api/documents}. */
	UPLOAD,

	/** {@code DELETE /api/documents/{id}}. */
	DELETION,

	/** {@code POST /api/lab/runs}, and a cell run again. */
	LAB_RUN,

	/** A key's use refused: no key, an unknown key, a role that may not (401, 403). */
	REFUSED,

	/** A key over its rate (429). */
	RATE_LIMITED;

	/** The kind's name in the log: lower case with hyphens, e.g. {@code table-read}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The kind whose {@link #id()} is {@code id}.
	 * @throws IllegalArgumentException naming the kinds there are
	 */
	public static AuditKind of(String id) {
		for (AuditKind kind : values()) {
			if (kind.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown audit kind '" + id + "'");
	}

}

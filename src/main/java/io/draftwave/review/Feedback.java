package io.draftwave.review;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An official's 👍 or 👎 on a draft.
 *
 * @param id its id
 * @param draftId the draft rated
 * @param author the key name that rated it
 * @param helpful 👍 when true, 👎 when false
 * @param reason what was wrong, when given
 * @param comment free text, at most {@value #MAX_COMMENT} characters
 * @param at when
 */
public record Feedback(String id, String draftId, String author, boolean helpful, @Nullable Reason reason,
		@Nullable String comment, Instant at) {

	/** The longest comment kept. */
	public static final int MAX_COMMENT = 2000;

	public Feedback {
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new IllegalArgumentException(
					"a comment may have at most " + MAX_COMMENT + " characters, not " + comment.length());
		}
	}

	/** Why a draft was rated as it was. */
	public enum Reason {

		/** A citation names the wrong passage. */
		WRONG_SOURCE,

		/** A figure is wrong or wrongly quoted. */
		WRONG_FIGURE,

		/** Something the request asked for is missing. */
		MISSING,

		/** The tone does not suit the document. */
		TONE,

		/** Anything else (the comment says what). */
		OTHER;

		/** The name in the API, e.g. {@code wrong-source}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/**
		 * The reason named {@code id}: {@code wrong-source}, {@code wrong-figure},
		 * {@code missing}, {@code tone} or {@code other}.
		 */
		public static Reason of(String id) {
			for (Reason reason : values()) {
				if (reason.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
					return reason;
				}
			}
			throw new IllegalArgumentException(
					"reason must be one of wrong-source, wrong-figure, missing, tone, other, not '" + id + "'");
		}

	}

}

package io.draftwave.review;

import java.util.Comparator;
import java.util.List;

/**
 * Feedback counted by the drafts' kind, prompt template and cited documents.
 *
 * @param byKind one group per kind, e.g. {@code press-release}
 * @param byTemplate one group per template, e.g. {@code press-release.ko}
 * @param byDocument one group per document cited by a rated draft; a draft citing three
 * documents counts in all three
 */
public record FeedbackSummary(List<Group> byKind, List<Group> byTemplate, List<Group> byDocument) {

	public FeedbackSummary {
		byKind = List.copyOf(byKind);
		byTemplate = List.copyOf(byTemplate);
		byDocument = List.copyOf(byDocument);
	}

	/**
	 * The counts of one group.
	 *
	 * @param key the kind, template or document id
	 * @param label what people read: the same, or the document's title
	 * @param total ratings
	 * @param up 👍
	 * @param down 👎
	 * @param reasons ratings by reason
	 */
	public record Group(String key, String label, long total, long up, long down, Reasons reasons) {

		/** Most 👎 first, then by key. */
		static final Comparator<Group> MOST_DISLIKED = Comparator.comparingLong(Group::down)
			.reversed()
			.thenComparing(Group::key);

	}

	/** Ratings by reason; a rating without a reason counts in none. */
	public record Reasons(long wrongSource, long wrongFigure, long missing, long tone, long other) {
	}

}

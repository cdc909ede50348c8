package io.draftwave.review;

import java.time.Instant;
import java.util.List;

import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.NumberedSource;
import org.jspecify.annotations.Nullable;

/**
 * A draft as kept: who wrote it, what was asked, the numbered sources it was written
 * from, the draft with its current version's text, and its review state.
 *
 * @param owner the key name that wrote it; {@code loopback} for calls from this machine
 * without keys
 * @param request what was asked
 * @param sources the numbered sources, with their text
 * @param draft the draft; text, citations, sentences and warnings are the current
 * version's
 * @param state where it is in its review
 * @param version the current version's number
 * @param createdAt when it was written
 * @param updatedAt when it last changed
 * @param approvedBy who approved it, when approved
 * @param approvedAt when it was approved
 */
public record KeptDraft(String owner, DraftRequest request, List<NumberedSource> sources, Draft draft,
		ReviewState state, int version, Instant createdAt, Instant updatedAt, @Nullable String approvedBy,
		@Nullable Instant approvedAt) {

	public KeptDraft {
		sources = List.copyOf(sources);
	}

	/** The draft's id. */
	public String id() {
		return draft.draftId();
	}

	/** A draft as just written: state {@code draft}, version 1. */
	public static KeptDraft written(String owner, DraftRequest request, List<NumberedSource> sources, Draft draft,
			Instant at) {
		return new KeptDraft(owner, request, sources, draft, ReviewState.DRAFT, 1, at, at, null, null);
	}

	/**
	 * The prompt template the draft was written with, {@code <kind>.<language>}, e.g.
	 * {@code press-release.ko}.
	 */
	public String template() {
		return draft.kind().id() + "." + draft.language().code();
	}

}

package io.draftwave.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.draftwave.drafting.CitationChecker;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.drafting.SentenceCheck;
import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The steps of a draft's life after it is written: kept with its owner, read, submitted,
 * edited, commented, returned and approved (see {@link ReviewState} for which step is
 * allowed in which state). A draft the caller may not see ({@link DraftAccess}) is an
 * empty {@link Mono}, whatever the step; a step the state does not allow is a
 * {@link ReviewConflictException}, one the caller may not take a
 * {@link ReviewRefusedException}. An edit is checked again against the draft's own
 * sources by the {@link CitationChecker}: markers naming no source are removed and
 * reported, and every sentence the sources do not support gets a warning, kept with the
 * version. Thread-safe; of two steps on one draft at the same moment, one may fail with a
 * {@link ReviewConflictException} rather than both apply.
 */
public final class Review {

	private final DraftStore store;

	private final CitationChecker checker;

	private final boolean allowSelfApproval;

	private final Clock clock;

	public Review(DraftStore store, CitationChecker checker, boolean allowSelfApproval, Clock clock) {
		this.store = store;
		this.checker = checker;
		this.allowSelfApproval = allowSelfApproval;
		this.clock = clock;
	}

	/** Keeps a draft just written by {@code owner}, with version 1 as written. */
	public Mono<KeptDraft> keep(String owner, DraftRequest request, List<NumberedSource> sources, Draft draft) {
		Instant now = clock.instant();
		KeptDraft kept = KeptDraft.written(owner, request, sources, draft, now);
		DraftVersion first = new DraftVersion(1, owner, now, draft.text(), draft.citations(), draft.sentences(),
				draft.warnings());
		return store.insert(kept, first).thenReturn(kept);
	}

	/** The draft, when the caller may see it. */
	public Mono<KeptDraft> read(String draftId, ApiKey caller) {
		return store.find(draftId).filter(d -> DraftAccess.canRead(d, caller));
	}

	/**
	 * Asks for review: {@code draft} or {@code returned} to {@code in-review}; owner
	 * only.
	 */
	public Mono<KeptDraft> submit(String draftId, ApiKey caller, @Nullable String comment) {
		return read(draftId, caller).flatMap(d -> {
			requireState(d, "submit", ReviewState.DRAFT, ReviewState.RETURNED);
			if (!DraftAccess.isOwner(d, caller)) {
				throw new ReviewRefusedException("only the draft's owner (" + d.owner() + ") may submit it for review");
			}
			return step(d, caller, ReviewAction.SUBMITTED, ReviewState.IN_REVIEW, comment, null);
		});
	}

	/**
	 * A new version of the text: by the owner in {@code draft} and {@code returned}, by a
	 * reviewer in {@code in-review}.
	 */
	public Mono<KeptDraft> edit(String draftId, ApiKey caller, String text, @Nullable String comment) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("'text' must not be empty");
		}
		return read(draftId, caller).flatMap(d -> {
			requireState(d, "edit", ReviewState.DRAFT, ReviewState.RETURNED, ReviewState.IN_REVIEW);
			boolean inReview = d.state() == ReviewState.IN_REVIEW;
			if (inReview ? !DraftAccess.isReviewer(caller) : !DraftAccess.isOwner(d, caller)) {
				throw new ReviewRefusedException(inReview ? "a draft in review is edited by a reviewer"
						: "only the draft's owner (" + d.owner() + ") edits it before it is submitted");
			}
			if (text.strip().equals(d.draft().text().strip())) {
				throw new IllegalArgumentException("the text is the same as version " + d.version());
			}
			DraftVersion version = check(d, text, caller.name(), d.version() + 1);
			return step(d, caller, ReviewAction.EDITED, d.state(), comment, version);
		});
	}

	/** A comment in the history; any state but {@code approved}. */
	public Mono<KeptDraft> comment(String draftId, ApiKey caller, String comment) {
		if (comment.isBlank()) {
			throw new IllegalArgumentException("'comment' must not be empty");
		}
		return read(draftId, caller).flatMap(d -> {
			requireState(d, "comment on", ReviewState.DRAFT, ReviewState.IN_REVIEW, ReviewState.RETURNED);
			return step(d, caller, ReviewAction.COMMENTED, d.state(), comment, null);
		});
	}

	/**
	 * Approves a draft {@code in-review}; a reviewer, not its owner unless self-approval
	 * is allowed.
	 */
	public Mono<KeptDraft> approve(String draftId, ApiKey caller, @Nullable String comment) {
		return decide(draftId, caller, comment, ReviewAction.APPROVED, ReviewState.APPROVED);
	}

	/** Sends a draft {@code in-review} back to its owner; a reviewer. */
	public Mono<KeptDraft> returnToOwner(String draftId, ApiKey caller, @Nullable String comment) {
		return decide(draftId, caller, comment, ReviewAction.RETURNED, ReviewState.RETURNED);
	}

	private Mono<KeptDraft> decide(String draftId, ApiKey caller, @Nullable String comment, ReviewAction action,
			ReviewState to) {
		return read(draftId, caller).flatMap(d -> {
			requireState(d, action == ReviewAction.APPROVED ? "approve" : "return", ReviewState.IN_REVIEW);
			if (!DraftAccess.isReviewer(caller)) {
				throw new ReviewRefusedException(
						"this needs the " + Role.REVIEWER.name().toLowerCase(Locale.ROOT) + " role; the key '"
								+ caller.name() + "' has " + caller.role().name().toLowerCase(Locale.ROOT));
			}
			if (action == ReviewAction.APPROVED && DraftAccess.isOwner(d, caller) && !allowSelfApproval) {
				throw new ReviewRefusedException("a draft is approved by someone other than its owner "
						+ "(draftwave.review.allow-self-approval is false)");
			}
			return step(d, caller, action, to, comment, null);
		});
	}

	private Mono<KeptDraft> step(KeptDraft d, ApiKey caller, ReviewAction action, ReviewState to,
			@Nullable String comment, @Nullable DraftVersion version) {
		Instant now = clock.instant();
		int number = version == null ? d.version() : version.number();
		boolean approved = to == ReviewState.APPROVED;
		Draft draft = version == null ? d.draft() : withVersion(d.draft(), version);
		KeptDraft after = new KeptDraft(d.owner(), d.request(), d.sources(), draft, to, number, d.createdAt(), now,
				approved ? caller.name() : null, approved ? now : null);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		return store.history(d.id())
			.count()
			.flatMap(n -> store.record(after, version,
					new ReviewEvent(n.intValue() + 1, caller.name(), action, number, note, now)))
			.onErrorMap(DataIntegrityViolationException.class,
					ex -> new ReviewConflictException("another step on this draft was taken at the same moment; "
							+ "read the draft again and repeat the step"))
			.thenReturn(after);
	}

	/** The text checked against the draft's own sources, as version {@code number}. */
	DraftVersion check(KeptDraft d, String text, String author, int number) {
		CitationChecker.CheckedText checked = checker.check(text.strip(), d.sources(), d.draft().language(), false);
		List<String> warnings = new ArrayList<>(checked.warnings());
		List<SentenceCheck> sentences = checked.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			SentenceCheck s = sentences.get(i);
			if (!s.supported()) {
				warnings.add("sentence " + (i + 1) + " is not supported by its sources: " + s.reason() + " ("
						+ checked.text().substring(s.start(), s.end()).strip() + ")");
			}
		}
		return new DraftVersion(number, author, clock.instant(), checked.text(), checked.citations(), sentences,
				warnings);
	}

	private static Draft withVersion(Draft d, DraftVersion v) {
		return new Draft(d.draftId(), d.kind(), d.language(), v.text(), v.citations(), v.sentences(), d.mode(),
				d.model(), v.warnings(), d.usage(), d.tookMs(), d.modelText());
	}

	private static void requireState(KeptDraft d, String step, ReviewState... allowed) {
		if (!Set.of(allowed).contains(d.state())) {
			throw new ReviewConflictException("a draft that is '" + d.state().id() + "' cannot " + step
					+ "; allowed in: " + String.join(", ", Arrays.stream(allowed).map(ReviewState::id).toList()));
		}
	}

}

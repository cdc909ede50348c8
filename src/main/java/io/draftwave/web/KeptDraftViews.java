package io.draftwave.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.draftwave.review.DraftVersion;
import io.draftwave.review.Feedback;
import io.draftwave.review.KeptDraft;
import io.draftwave.review.ReviewEvent;
import io.draftwave.review.WordDiff;
import io.draftwave.web.DraftController.CitationView;
import io.draftwave.web.DraftController.DraftView;
import io.draftwave.web.DraftController.SentenceView;
import io.draftwave.web.DraftController.SourceView;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of kept drafts, their versions, history, diff and feedback. */
final class KeptDraftViews {

	private KeptDraftViews() {
	}

	/** What was asked. */
	record RequestView(String instructions, List<String> documentIds, int k, boolean strict) {
	}

	/**
	 * A kept draft in full: the draft (its current version), owner, review state, the
	 * request and the numbered sources.
	 */
	record KeptDraftView(DraftView draft, String owner, String state, int version, String template, Instant createdAt,
			Instant updatedAt, @Nullable String approvedBy, @Nullable Instant approvedAt, RequestView request,
			List<SourceView> sources) {

		static KeptDraftView of(KeptDraft d) {
			return new KeptDraftView(DraftView.of(d.draft()), d.owner(), d.state().id(), d.version(), d.template(),
					d.createdAt(), d.updatedAt(), d.approvedBy(), d.approvedAt(),
					new RequestView(d.request().instructions(), d.request().documentIds().stream().sorted().toList(),
							d.request().k(), d.request().strict()),
					d.sources().stream().map(SourceView::of).toList());
		}

	}

	/** A line of a listing. */
	record DraftSummary(String draftId, String kind, String language, String owner, String state, int version,
			String model, String instructions, int warnings, Instant createdAt, Instant updatedAt) {

		static DraftSummary of(KeptDraft d) {
			return new DraftSummary(d.id(), d.draft().kind().id(), d.draft().language().code(), d.owner(),
					d.state().id(), d.version(), d.draft().model(), d.request().instructions(),
					d.draft().warnings().size(), d.createdAt(), d.updatedAt());
		}

	}

	/** A page of a listing, newest first. */
	record DraftPage(List<DraftSummary> drafts, int page, int size, long total) {
	}

	record VersionView(int number, String author, Instant at, String text, List<CitationView> citations,
			List<SentenceView> sentences, List<String> warnings) {

		static VersionView of(DraftVersion v) {
			return new VersionView(v.number(), v.author(), v.at(), v.text(),
					v.citations().stream().map(CitationView::of).toList(),
					v.sentences().stream().map(SentenceView::of).toList(), v.warnings());
		}

	}

	record EventView(int seq, String actor, String action, int version, @Nullable String comment, Instant at) {

		static EventView of(ReviewEvent e) {
			return new EventView(e.seq(), e.actor(), e.action().id(), e.version(), e.comment(), e.at());
		}

	}

	/**
	 * The change from version {@code from} to {@code to}: pieces equal, insert, delete.
	 */
	record DiffView(int from, int to, List<PieceView> pieces) {
	}

	record PieceView(String change, String text) {

		static PieceView of(WordDiff.Piece p) {
			return new PieceView(p.change().name().toLowerCase(Locale.ROOT), p.text());
		}

	}

	record FeedbackView(String id, String draftId, String author, String rating, @Nullable String reason,
			@Nullable String comment, Instant at) {

		static FeedbackView of(Feedback f) {
			return new FeedbackView(f.id(), f.draftId(), f.author(), f.helpful() ? "up" : "down",
					f.reason() == null ? null : f.reason().id(), f.comment(), f.at());
		}

	}

}

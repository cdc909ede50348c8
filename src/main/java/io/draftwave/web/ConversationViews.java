package io.draftwave.web;

import java.time.Instant;
import java.util.List;

import io.draftwave.conversations.Conversation;
import io.draftwave.conversations.KeptConversations.Reopened;
import io.draftwave.conversations.KeptConversations.TurnDraft;
import io.draftwave.conversations.Turn;
import io.draftwave.web.DraftController.DraftView;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of kept conversations. */
final class ConversationViews {

	private ConversationViews() {
	}

	/** A conversation without its turns, as started and as listed. */
	record ConversationSummary(String conversationId, String title, int turns, Instant createdAt, Instant updatedAt) {

		static ConversationSummary of(Conversation c) {
			return new ConversationSummary(c.id(), c.title(), c.turns(), c.createdAt(), c.updatedAt());
		}

	}

	/** A page of the caller's conversations, the latest first. */
	record ConversationPage(List<ConversationSummary> conversations, int page, int size, long total) {
	}

	/**
	 * A turn with its draft as kept now (its current version); {@code draft} is absent
	 * when the draft can no longer be read.
	 */
	record TurnView(int seq, String question, String kind, String language, List<String> documentIds, String draftId,
			Instant at, @Nullable String state, @Nullable DraftView draft) {

		static TurnView of(TurnDraft td) {
			Turn t = td.turn();
			return new TurnView(t.seq(), t.question(), t.kind().id(), t.language().code(),
					t.documentIds().stream().sorted().toList(), t.draftId(), t.at(),
					td.draft() == null ? null : td.draft().state().id(),
					td.draft() == null ? null : DraftView.of(td.draft().draft()));
		}

	}

	/** A conversation reopened: its turns in order, each with its draft. */
	record ConversationView(String conversationId, String title, Instant createdAt, Instant updatedAt,
			List<TurnView> turns) {

		static ConversationView of(Reopened r) {
			Conversation c = r.conversation();
			return new ConversationView(c.id(), c.title(), c.createdAt(), c.updatedAt(),
					r.turns().stream().map(TurnView::of).toList());
		}

	}

}

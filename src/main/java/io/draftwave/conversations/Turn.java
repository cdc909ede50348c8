package io.draftwave.conversations;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;

/**
 * One question of a conversation and the draft that answered it.
 *
 * @param seq its number in the conversation, from 1
 * @param question the question as the official wrote it, without the earlier turns sent
 * along as context
 * @param kind the draft kind asked for
 * @param language the draft's language
 * @param documentIds the documents it drew on; empty means all
 * @param draftId the answer, kept by the review package
 * @param at when the answer was kept
 */
public record Turn(int seq, String question, DraftKind kind, Language language, Set<String> documentIds, String draftId,
		Instant at) {

	public Turn {
		Objects.requireNonNull(question, "question");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(draftId, "draftId");
		documentIds = Set.copyOf(documentIds);
	}

	/** The same turn numbered {@code n}. */
	Turn numbered(int n) {
		return new Turn(n, question, kind, language, documentIds, draftId, at);
	}

}

package io.draftwave.conversations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.draftwave.drafting.DraftRequest;
import io.draftwave.review.KeptDraft;
import io.draftwave.review.Review;
import io.draftwave.security.ApiKey;
import io.draftwave.security.KoreanPiiMasker;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An official's conversations: started, listed, reopened with their drafts, continued
 * with follow-up questions and deleted. Only the owner (the key that started one) sees a
 * conversation; for anyone else every method answers as for a conversation that does not
 * exist, an empty {@link Mono}. A follow-up question is sent with the latest earlier
 * turns as context ({@link EarlierTurns}): each earlier turn gives a {@code user} line
 * (its question) and an {@code assistant} line (its draft's current text, read through
 * {@link Review}), so with {@value EarlierTurns#CONTEXT_TURNS} lines the last three turns
 * count. Drafts are never copied here: a turn names its draft, and a reopened
 * conversation reads each draft back. Thread-safe.
 */
public final class KeptConversations {

	/**
	 * The most questions one conversation holds; the next one starts a new conversation.
	 */
	public static final int MAX_TURNS = 100;

	/** The longest title; a longer first question is cut, with {@code …}. */
	public static final int MAX_TITLE_CHARS = 80;

	private final ConversationStore store;

	private final Review review;

	private final KoreanPiiMasker masker;

	private final Clock clock;

	public KeptConversations(ConversationStore store, Review review, KoreanPiiMasker masker, Clock clock) {
		this.store = store;
		this.review = review;
		this.masker = masker;
		this.clock = clock;
	}

	/** A turn with its draft; the draft is null when the caller may no longer read it. */
	public record TurnDraft(Turn turn, @Nullable KeptDraft draft) {
	}

	/** A conversation with its turns and their drafts, in order. */
	public record Reopened(Conversation conversation, List<TurnDraft> turns) {

		public Reopened {
			turns = List.copyOf(turns);
		}

	}

	/**
	 * Starts a conversation owned by the caller; {@code title} (masked and cut) may name
	 * it at once, else its first question will.
	 */
	public Mono<Conversation> start(ApiKey caller, @Nullable String title) {
		Instant now = clock.instant();
		Conversation started = new Conversation(UUID.randomUUID().toString(), caller.name(),
				title == null ? "" : title(title), 0, now, now);
		return store.insert(started).thenReturn(started);
	}

	/** The conversation, when it is the caller's. */
	public Mono<Conversation> read(String conversationId, ApiKey caller) {
		return store.find(conversationId).filter(c -> c.owner().equals(caller.name()));
	}

	/** The conversation with its turns and each turn's draft, when it is the caller's. */
	public Mono<Reopened> reopen(String conversationId, ApiKey caller) {
		return read(conversationId, caller).flatMap(c -> store.turns(conversationId)
			.concatMap(t -> review.read(t.draftId(), caller)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.map(d -> new TurnDraft(t, d.orElse(null))))
			.collectList()
			.map(turns -> new Reopened(c, turns)));
	}

	/**
	 * One page of the caller's conversations, the one with the latest turn first.
	 * @throws IllegalArgumentException (as an error) for a page below 0 or a size outside
	 * 1..{@value ConversationStore#MAX_PAGE_SIZE}
	 */
	public Flux<Conversation> list(ApiKey caller, int page, int size) {
		return store.list(caller.name(), page, size);
	}

	/** How many conversations the caller has. */
	public Mono<Long> count(ApiKey caller) {
		return store.count(caller.name());
	}

	/**
	 * Deletes the caller's conversation and its turns; their drafts stay kept.
	 * @return true, or empty when the caller has no such conversation
	 */
	public Mono<Boolean> delete(String conversationId, ApiKey caller) {
		return read(conversationId, caller).flatMap(c -> store.delete(conversationId)).filter(Boolean::booleanValue);
	}

	/**
	 * A question to draft within a conversation.
	 *
	 * @param request the question with the earlier turns as context
	 * @param retried the number of the turn asked again, or 0 for a new turn
	 */
	public record FollowUp(DraftRequest request, int retried) {
	}

	/**
	 * The request of a question in the caller's conversation: {@code asked} with the
	 * earlier turns as context ({@code asked} itself when there are none). When
	 * {@code retryOf} names the draft of one of its turns, the question is that turn
	 * asked again: its context is the turns before it, as the first time.
	 * @param retryOf the draft of the turn asked again, or null for a new turn
	 * @return empty when the caller has no such conversation; an
	 * {@link IllegalArgumentException} error for a new turn when the conversation already
	 * holds {@value #MAX_TURNS} questions
	 */
	public Mono<FollowUp> followUp(String conversationId, ApiKey caller, DraftRequest asked, @Nullable String retryOf) {
		return read(conversationId, caller).flatMap(c -> store.turns(conversationId).collectList().flatMap(all -> {
			int retried = all.stream()
				.filter(t -> t.draftId().equals(retryOf))
				.mapToInt(Turn::seq)
				.findFirst()
				.orElse(0);
			if (retried == 0 && c.turns() >= MAX_TURNS) {
				return Mono.error(new IllegalArgumentException("the conversation already holds " + MAX_TURNS
						+ " questions; start a new conversation for the next one"));
			}
			List<Turn> before = retried == 0 ? all : all.subList(0, retried - 1);
			return Flux
				.fromIterable(
						before.subList(Math.max(0, before.size() - EarlierTurns.CONTEXT_TURNS / 2), before.size()))
				.concatMap(t -> review.read(t.draftId(), caller)
					.map(d -> List.of(new EarlierTurns.Line("user", t.question()),
							new EarlierTurns.Line("assistant", d.draft().text())))
					.defaultIfEmpty(List.of(new EarlierTurns.Line("user", t.question()))))
				.collectList()
				.map(lines -> new FollowUp(withContext(asked, lines), retried));
		}));
	}

	/**
	 * Adds the answered question to the conversation as its next turn, and titles the
	 * conversation by it when it has no title yet; or, for a turn asked again, gives that
	 * turn the new draft.
	 * @param asked the question as asked, without context
	 * @param retried the turn asked again, or 0
	 * @return the turn with its number; empty when the conversation was deleted meanwhile
	 */
	public Mono<Turn> record(String conversationId, DraftRequest asked, String draftId, int retried) {
		Turn turn = new Turn(retried, asked.instructions(), asked.kind(), asked.language(), asked.documentIds(),
				draftId, clock.instant());
		if (retried > 0) {
			return store.replaceDraft(conversationId, retried, draftId, turn.at())
				.filter(Boolean::booleanValue)
				.map(replaced -> turn);
		}
		return store.append(conversationId, title(asked.instructions()), turn);
	}

	private static DraftRequest withContext(DraftRequest asked, List<List<EarlierTurns.Line>> turns) {
		List<EarlierTurns.Line> lines = new ArrayList<>();
		turns.forEach(lines::addAll);
		return new DraftRequest(asked.kind(), EarlierTurns.withContext(asked.instructions(), lines, asked.language()),
				asked.language(), asked.documentIds(), asked.k(), asked.strict());
	}

	/**
	 * The title a question gives: masked, on one line, at most {@value #MAX_TITLE_CHARS}
	 * characters.
	 */
	String title(String question) {
		String line = masker.mask(question).strip().replaceAll("\\s+", " ");
		return line.length() > MAX_TITLE_CHARS ? line.substring(0, MAX_TITLE_CHARS - 1) + "…" : line;
	}

}

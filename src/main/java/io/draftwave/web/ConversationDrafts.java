package io.draftwave.web;

import io.draftwave.conversations.KeptConversations;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.drafting.DraftRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drafts asked within a kept conversation. Without a conversation id a draft is written
 * and kept as {@link DraftKeeping} does. With one, the caller's conversation is looked up
 * first (another key's, or a missing one, is a {@link ConversationNotFoundException}
 * before anything is written), the question is sent with the conversation's earlier turns
 * as context, and once the draft is kept the question is added to the conversation as its
 * next turn, before {@code Done} is let through: a client that received the draft finds
 * it in the conversation when it reopens it. The turn is written even when the client
 * leaves meanwhile.
 */
@Component
class ConversationDrafts {

	private static final Logger log = LoggerFactory.getLogger(ConversationDrafts.class);

	private final DraftKeeping drafting;

	private final KeptConversations conversations;

	ConversationDrafts(DraftKeeping drafting, KeptConversations conversations) {
		this.drafting = drafting;
		this.conversations = conversations;
	}

	/**
	 * The draft's events, once the conversation (when named) is found.
	 * @param asked the question as the official asked it
	 */
	Mono<Flux<DraftEvent>> stream(DraftRequest asked, @Nullable String conversationId, @Nullable String retryOf,
			ServerWebExchange exchange) {
		if (conversationId == null) {
			return Mono.just(drafting.stream(asked, exchange));
		}
		return conversations.followUp(conversationId, Callers.of(exchange), asked, retryOf)
			.onErrorMap(IllegalArgumentException.class, ex -> new InvalidRequestException(ex.getMessage()))
			.switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)))
			.map(followUp -> drafting.stream(followUp.request(), exchange)
				.concatMap(event -> event instanceof DraftEvent.Done done
						? record(conversationId, asked, done, followUp.retried()).thenReturn(event)
						: Mono.just(event)));
	}

	private Mono<?> record(String conversationId, DraftRequest asked, DraftEvent.Done done, int retried) {
		String draftId = done.draft().draftId();
		return conversations.record(conversationId, asked, draftId, retried).onErrorResume(ex -> {
			// the draft is kept and answered; only its place in the conversation is
			// missing
			log.warn("Draft {} is kept but was not added to conversation {}: {}", draftId, conversationId,
					ex.toString());
			return Mono.empty();
		});
	}

	/** The checked draft, kept, and added to the conversation when one is named. */
	Mono<Draft> draft(DraftRequest asked, @Nullable String conversationId, @Nullable String retryOf,
			ServerWebExchange exchange) {
		return stream(asked, conversationId, retryOf, exchange)
			.flatMap(events -> events.ofType(DraftEvent.Done.class).map(DraftEvent.Done::draft).single());
	}

}

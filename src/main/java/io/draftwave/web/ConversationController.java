package io.draftwave.web;

import io.draftwave.conversations.ConversationStore;
import io.draftwave.conversations.KeptConversations;
import io.draftwave.security.ApiKey;
import io.draftwave.web.ConversationViews.ConversationPage;
import io.draftwave.web.ConversationViews.ConversationSummary;
import io.draftwave.web.ConversationViews.ConversationView;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The caller's kept conversations. {@code POST /api/conversations} starts one (201, with
 * its {@code conversationId}); questions are added to it by {@code POST /api/drafts} and
 * {@code /api/drafts/stream} with that {@code conversationId}.
 * {@code GET /api/conversations} pages through the caller's own, the one with the latest
 * turn first; {@code GET /api/conversations/{id}} returns one with its turns and each
 * turn's draft; {@code DELETE /api/conversations/{id}} removes it (204) and leaves its
 * drafts kept. Another key's conversation is 404 on every path, as a missing one is
 * (never 403), whatever the caller's role.
 */
@RestController
class ConversationController {

	private final KeptConversations conversations;

	ConversationController(KeptConversations conversations) {
		this.conversations = conversations;
	}

	/**
	 * The body of a new conversation.
	 *
	 * @param title its title; absent: its first question gives it
	 */
	record StartBody(@Nullable String title) {
	}

	@PostMapping("/api/conversations")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ConversationSummary> startConversation(@RequestBody(required = false) @Nullable StartBody body,
			ServerWebExchange exchange) {
		String title = body == null || body.title() == null || body.title().isBlank() ? null : body.title();
		return conversations.start(Callers.of(exchange), title).map(ConversationSummary::of);
	}

	@GetMapping("/api/conversations")
	Mono<ConversationPage> listConversations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, ServerWebExchange exchange) {
		if (page < 0 || size < 1 || size > ConversationStore.MAX_PAGE_SIZE) {
			throw new InvalidRequestException("'page' must be 0 or more and 'size' between 1 and "
					+ ConversationStore.MAX_PAGE_SIZE + ", not " + page + " and " + size);
		}
		ApiKey caller = Callers.of(exchange);
		return conversations.list(caller, page, size)
			.map(ConversationSummary::of)
			.collectList()
			.zipWith(conversations.count(caller))
			.map(t -> new ConversationPage(t.getT1(), page, size, t.getT2()));
	}

	@GetMapping("/api/conversations/{conversationId}")
	Mono<ConversationView> findConversation(@PathVariable String conversationId, ServerWebExchange exchange) {
		return conversations.reopen(conversationId, Callers.of(exchange))
			.switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)))
			.map(ConversationView::of);
	}

	@DeleteMapping("/api/conversations/{conversationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> deleteConversation(@PathVariable String conversationId, ServerWebExchange exchange) {
		return conversations.delete(conversationId, Callers.of(exchange))
			.switchIfEmpty(Mono.error(() -> new ConversationNotFoundException(conversationId)))
			.then();
	}

}

package io.draftwave.web.openai;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.web.DraftAudit;
import io.draftwave.web.DraftKeeping;
import io.draftwave.web.openai.CompletionViews.Choice;
import io.draftwave.web.openai.CompletionViews.CitationView;
import io.draftwave.web.openai.CompletionViews.Completion;
import io.draftwave.web.openai.CompletionViews.DraftInfo;
import io.draftwave.web.openai.CompletionViews.Message;
import io.draftwave.web.openai.CompletionViews.Usage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code POST /v1/chat/completions}: a chat becomes a draft of the kind the model names
 * (see {@link Conversations}). Without {@code stream} the answer is one
 * {@code chat.completion} whose content is the draft's text with its markers followed by
 * the {@link SourcesList} (and, when the model stopped early and the extractive drafter
 * stood in, a {@link StoppedModelNote}); with {@code stream: true} it is
 * {@code text/event-stream} of {@code data:} lines holding {@link ChunkStream chunks},
 * ended by {@code data: [DONE]}. A failure after the stream started is sent as a last
 * {@code data:} line holding an OpenAI error, without {@code [DONE]}.
 */
@RestController
class ChatCompletionController {

	/**
	 * Comment lines sent while a draft is being written, so proxies keep the stream open.
	 */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private static final String DONE = "[DONE]";

	private final DraftKeeping drafting;

	ChatCompletionController(DraftKeeping drafting) {
		this.drafting = drafting;
	}

	@PostMapping("/v1/chat/completions")
	Mono<ResponseEntity<?>> createChatCompletion(@RequestBody ChatRequest chat, ServerWebExchange exchange) {
		if (chat.model() == null || chat.model().isBlank()) {
			throw OpenAiException.invalid("'model' is required; GET /v1/models lists the models", "model");
		}
		DraftKind kind = DraftModels.kind(chat.model());
		DraftRequest request = Conversations.toRequest(chat, kind);
		if (Boolean.TRUE.equals(chat.stream())) {
			return Mono.just(ResponseEntity.ok()
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(streamCompletion(request, chat.model(), exchange)));
		}
		return drafting.draft(request, exchange)
			.transformDeferredContextual((draft, context) -> draft.doOnNext(d -> DraftAudit.noteDone(context, d)))
			.map(draft -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(completion(draft, request, chat.model())));
	}

	private static Completion completion(Draft draft, DraftRequest request, String model) {
		String content = draft.text() + SourcesList.of(draft.citations(), draft.language())
				+ StoppedModelNote.after(draft);
		return new Completion("chatcmpl-" + draft.draftId(), "chat.completion", Instant.now().getEpochSecond(), model,
				List.of(new Choice(0, new Message("assistant", content, null), null, "stop")),
				Usage.of(draft.usage(), request.instructions(), content), CitationView.of(draft.citations()),
				DraftInfo.of(draft));
	}

	private Flux<ServerSentEvent<Object>> streamCompletion(DraftRequest request, String model,
			ServerWebExchange exchange) {
		Flux<ServerSentEvent<Object>> chunks = Flux.defer(() -> {
			ChunkStream stream = new ChunkStream("chatcmpl-" + UUID.randomUUID(), Instant.now().getEpochSecond(), model,
					request.instructions());
			Flux<DraftEvent> events = drafting.stream(request, exchange)
				.transformDeferredContextual((drafts, context) -> drafts.doOnNext(event -> {
					if (event instanceof DraftEvent.Done done) {
						DraftAudit.noteDone(context, done.draft());
					}
				}).doOnError(ex -> DraftAudit.noteFailed(context, "internal-error")));
			return Flux.concat(Mono.just(stream.first()), events.concatMapIterable(stream::accept));
		})
			.map(ChatCompletionController::data)
			.concatWith(Mono.just(data(DONE)))
			.onErrorResume(ex -> Mono.just(data(OpenAiErrorAdvice.streamError(ex))));
		Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
			.map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
		return chunks.publish(shared -> Flux.merge(shared, heartbeat.takeUntilOther(shared.then())));
	}

	private static ServerSentEvent<Object> data(Object data) {
		return ServerSentEvent.builder(data).build();
	}

}

package io.draftwave.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.UnknownLanguageException;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.drafting.SentenceCheck;
import io.draftwave.drafting.UnknownDraftKindException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drafts, whole ({@code POST /api/drafts}) or streamed as server-sent events
 * ({@code POST /api/drafts/stream}): {@code sources}, then {@code delta} and
 * {@code citation} as the text is written, {@code warning} when something needs the
 * official's attention, and {@code done} with the checked draft — or {@code error} with a
 * problem object. Every draft is kept with the caller as its owner before {@code done} is
 * sent ({@link DraftKeeping}); with a {@code conversationId} the caller's conversation
 * lends its earlier turns as context and the question becomes its next turn
 * ({@link ConversationDrafts}). {@code done}'s text and citations are authoritative: when
 * the model stopped before its draft was complete, they are the extractive draft that
 * replaces the streamed text, and {@code modelText} holds what the model had written. A
 * client that goes away cancels the drafting, and with it any call to a language model.
 */
@RestController
class DraftController {

	/**
	 * Comment lines sent while a draft is being written, so proxies keep the stream open.
	 */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private static final String DRAFT_EXAMPLE = """
			{"kind": "press-release", "instructions": "주차장 예약 시스템 개편을 알리는 보도자료를 써 주세요.",
			 "language": "ko", "k": 8}""";

	private static final Logger log = LoggerFactory.getLogger(DraftController.class);

	private final ConversationDrafts drafting;

	private final ProblemCatalogue problems;

	DraftController(ConversationDrafts drafting, ProblemCatalogue problems) {
		this.drafting = drafting;
		this.problems = problems;
	}

	/**
	 * Body of both endpoints.
	 *
	 * @param kind press-release, policy-report, complaint-reply, memo or answer
	 * @param instructions the official's request
	 * @param language ko or en; absent: the language of the instructions
	 * @param documentIds draw only on these documents
	 * @param k passages to retrieve, 1..20, default 8
	 * @param strict remove sentences the check finds unsupported
	 * @param conversationId ask within this kept conversation of the caller's: its
	 * earlier turns go along as context, and the question becomes its next turn
	 * @param retryOf with {@code conversationId}: the draft of the turn this asks again
	 * (the widget's retry), which then gets the new draft instead of a new turn being
	 * added
	 */
	record DraftBody(@Nullable String kind, @Nullable String instructions, @Nullable String language,
			@Nullable List<String> documentIds, @Nullable Integer k, @Nullable Boolean strict,
			@Nullable String conversationId, @Nullable String retryOf) {

		/** The conversation named, or null. */
		@Nullable String conversation() {
			if (conversationId != null && conversationId.isBlank()) {
				throw new InvalidRequestException(
						"'conversationId' must not be blank; leave it out to ask outside a conversation",
						askedLanguage());
			}
			return conversationId == null ? null : conversationId.strip();
		}

		DraftRequest toRequest() {
			@Nullable Language asked = askedLanguage();
			if (instructions == null || instructions.isBlank()) {
				throw new InvalidRequestException("'instructions' must not be empty", asked);
			}
			DraftKind draftKind;
			try {
				draftKind = kind == null || kind.isBlank() ? DraftKind.ANSWER : DraftKind.of(kind);
			}
			catch (UnknownDraftKindException ex) {
				throw InvalidRequestException.notOneOf("kind", ex.value(), ex.allowed(), asked);
			}
			Language lang;
			try {
				lang = language == null || language.isBlank() ? Language.detect(instructions) : Language.of(language);
			}
			catch (UnknownLanguageException ex) {
				throw InvalidRequestException.notOneOf("language", ex.value(), ex.allowed(), null);
			}
			int passages = k == null ? DraftRequest.DEFAULT_K : k;
			if (passages < 1 || passages > DraftRequest.MAX_K) {
				throw new InvalidRequestException(
						"'k' must be between 1 and " + DraftRequest.MAX_K + ", not " + passages, asked);
			}
			return new DraftRequest(draftKind, instructions.strip(), lang,
					documentIds == null ? Set.of() : Set.copyOf(documentIds), passages, Boolean.TRUE.equals(strict));
		}

		/**
		 * The language the body names, when it names a valid one; problems are titled in
		 * it.
		 */
		@Nullable Language askedLanguage() {
			try {
				return language == null || language.isBlank() ? null : Language.of(language);
			}
			catch (UnknownLanguageException ex) {
				return null;
			}
		}

	}

	/**
	 * A numbered source as the {@code sources} event lists it.
	 *
	 * @param type passage or figure
	 * @param analysisId for a figure, its analysis; {@code url} then links to it
	 */
	record SourceView(int marker, String sourceId, String documentId, String title, String excerpt,
			@Nullable Integer page, int start, int end, String url, String type, @Nullable String analysisId) {

		static SourceView of(NumberedSource s) {
			return new SourceView(s.number(), s.sourceId(), s.documentId(), s.title(), s.excerpt(), s.page(), s.start(),
					s.end(), Links.cited(s.sourceId(), s.analysisId()), s.type(), s.analysisId());
		}

	}

	/**
	 * A citation of a draft.
	 *
	 * @param type passage or figure
	 * @param analysisId for a figure, its analysis; {@code url} then links to it
	 */
	record CitationView(int marker, String sourceId, String documentId, String title, String excerpt,
			@Nullable Integer page, int start, int end, String url, String type, @Nullable String analysisId) {

		static CitationView of(Citation c) {
			return new CitationView(c.marker(), c.sourceId(), c.documentId(), c.title(), c.excerpt(), c.page(),
					c.start(), c.end(), Links.cited(c.sourceId(), c.analysisId()), c.type(), c.analysisId());
		}

	}

	record SentenceView(int start, int end, List<Integer> markers, boolean supported, @Nullable String reason) {

		static SentenceView of(SentenceCheck s) {
			return new SentenceView(s.start(), s.end(), s.markers(), s.supported(), s.reason());
		}

	}

	record DraftView(String draftId, String kind, String language, String text, List<CitationView> citations,
			List<SentenceView> sentences, String mode, String model, List<String> warnings,
			DraftOutput.@Nullable Usage usage, long tookMs, @Nullable String modelText) {

		static DraftView of(Draft d) {
			return new DraftView(d.draftId(), d.kind().id(), d.language().code(), d.text(),
					d.citations().stream().map(CitationView::of).toList(),
					d.sentences().stream().map(SentenceView::of).toList(), d.mode(), d.model(), d.warnings(), d.usage(),
					d.tookMs(), d.modelText());
		}

	}

	@Operation(summary = "Write a draft that cites the city's documents",
			description = "Retrieves passages, drafts with [n] markers and checks every citation; "
					+ "POST /api/drafts/stream takes the same body and answers with server-sent events.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DraftBody.class),
							examples = @ExampleObject(value = DRAFT_EXAMPLE))))
	@PostMapping(path = "/api/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<DraftView> createDraft(@RequestBody DraftBody body, ServerWebExchange exchange) {
		return drafting.draft(body.toRequest(), body.conversation(), body.retryOf(), exchange)
			.transformDeferredContextual((draft, context) -> draft.doOnNext(d -> DraftAudit.noteDone(context, d)))
			.map(DraftView::of);
	}

	/**
	 * The stream starts once the request is accepted: a refused body or a conversation
	 * that is not the caller's is a problem response, not a stream.
	 */
	@PostMapping(path = "/api/drafts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> streamDraft(@RequestBody DraftBody body,
			ServerWebExchange exchange) {
		ServerHttpRequest http = exchange.getRequest();
		DraftRequest request = body.toRequest();
		@Nullable Language asked = body.askedLanguage();
		Language problemLanguage = asked != null ? asked : ProblemCatalogue.language(http);
		String path = http.getPath().value();
		return drafting.stream(request, body.conversation(), body.retryOf(), exchange).map(drafted -> {
			Flux<ServerSentEvent<Object>> events = drafted
				.transformDeferredContextual((stream, context) -> stream.doOnNext(event -> {
					if (event instanceof DraftEvent.Done done) {
						DraftAudit.noteDone(context, done.draft());
					}
				}).doOnError(ex -> DraftAudit.noteFailed(context, streamErrorType(ex))))
				.map(DraftController::toEvent)
				.onErrorResume(ex -> Mono.just(sse("error", streamProblem(ex, problemLanguage, path))));
			Flux<ServerSentEvent<Object>> heartbeat = Flux.interval(HEARTBEAT)
				.map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
			return ResponseEntity.ok()
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(events.publish(shared -> Flux.merge(shared, heartbeat.takeUntilOther(shared.then()))));
		});
	}

	private static String streamErrorType(Throwable ex) {
		return ex instanceof InvalidRequestException ? "invalid-request" : "internal-error";
	}

	private static ServerSentEvent<Object> toEvent(DraftEvent event) {
		return switch (event) {
			case DraftEvent.Sources s ->
				sse("sources", Map.of("sources", s.sources().stream().map(SourceView::of).toList()));
			case DraftEvent.Delta d -> sse("delta", Map.of("text", d.text()));
			case DraftEvent.Cited c -> sse("citation", CitationView.of(c.citation()));
			case DraftEvent.Warning w -> sse("warning", Map.of("message", w.message()));
			case DraftEvent.Done d -> sse("done", DraftView.of(d.draft()));
		};
	}

	/**
	 * The problem object of an {@code error} event, for failures after the stream has
	 * started (the status line is already sent by then), titled in the request's
	 * language.
	 */
	private Map<String, Object> streamProblem(Throwable ex, Language language, String path) {
		if (ex instanceof InvalidRequestException) {
			return problems.fields(ProblemType.INVALID_REQUEST, ex.getMessage(), language, path);
		}
		log.error("A draft stream failed: {}", ex.toString(), ex);
		return problems.fields(ProblemType.INTERNAL_ERROR, "the draft could not be completed; it has been logged",
				language, path);
	}

	private static ServerSentEvent<Object> sse(String name, Object data) {
		return ServerSentEvent.builder().event(name).data(data).build();
	}

}

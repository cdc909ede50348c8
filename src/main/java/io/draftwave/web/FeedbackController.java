package io.draftwave.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.draftwave.drafting.Citation;
import io.draftwave.lab.DraftCases;
import io.draftwave.lab.Exercise;
import io.draftwave.review.DraftAccess;
import io.draftwave.review.DraftStore;
import io.draftwave.review.Feedback;
import io.draftwave.review.FeedbackStore;
import io.draftwave.review.FeedbackSummary;
import io.draftwave.review.KeptDraft;
import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;
import io.draftwave.web.KeptDraftViews.FeedbackView;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Feedback on kept drafts: {@code POST /api/drafts/{id}/feedback}
 * {@code {"rating":"up"|"down","reason"?,"comment"?}} by anyone who may read the draft
 * (else 404), the draft's feedback ({@code GET}), the summary by kind, template and cited
 * document ({@code GET /api/feedback/summary}, trainer role), and a draft with its
 * feedback turned into a prompt-lab exercise ({@code POST /api/drafts/{id}/lab-case},
 * trainer role, any kept draft).
 */
@RestController
class FeedbackController {

	private final DraftStore drafts;

	private final FeedbackStore feedback;

	private final DraftCases cases;

	private final Clock clock = Clock.systemUTC();

	FeedbackController(DraftStore drafts, FeedbackStore feedback, DraftCases cases) {
		this.drafts = drafts;
		this.feedback = feedback;
		this.cases = cases;
	}

	/**
	 * @param rating {@code up} (👍) or {@code down} (👎)
	 * @param reason wrong-source, wrong-figure, missing, tone or other
	 * @param comment free text, at most 2,000 characters
	 */
	record FeedbackBody(@Nullable String rating, @Nullable String reason, @Nullable String comment) {
	}

	/** The exercise written: its id and where the lab shows it. */
	record LabCaseView(String exerciseId, String file, String url) {
	}

	@PostMapping("/api/drafts/{draftId}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<FeedbackView> giveFeedback(@PathVariable String draftId, @RequestBody FeedbackBody body,
			ServerWebExchange exchange) {
		ApiKey caller = Callers.of(exchange);
		Feedback given = feedback(draftId, body, caller);
		return readable(draftId, caller).flatMap(d -> feedback.insert(given)).thenReturn(FeedbackView.of(given));
	}

	@GetMapping("/api/drafts/{draftId}/feedback")
	Mono<List<FeedbackView>> listFeedback(@PathVariable String draftId, ServerWebExchange exchange) {
		return readable(draftId, Callers.of(exchange))
			.flatMap(d -> feedback.ofDraft(draftId).map(FeedbackView::of).collectList());
	}

	@GetMapping("/api/feedback/summary")
	Mono<FeedbackSummary> summarizeFeedback(ServerWebExchange exchange) {
		RoleRequiredException.require(Role.TRAINER, Callers.of(exchange));
		return feedback.summary();
	}

	@PostMapping("/api/drafts/{draftId}/lab-case")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<LabCaseView> createLabCase(@PathVariable String draftId, ServerWebExchange exchange) {
		RoleRequiredException.require(Role.TRAINER, Callers.of(exchange));
		return drafts.find(draftId)
			.switchIfEmpty(Mono.error(() -> new DraftNotFoundException(draftId)))
			.zipWith(feedback.ofDraft(draftId).collectList())
			.publishOn(Schedulers.boundedElastic())
			.map(t -> {
				Exercise e = cases.write(draftCase(t.getT1(), t.getT2()));
				return new LabCaseView(e.id(), e.file(), "/lab/exercise.html?id=" + e.id());
			});
	}

	private static DraftCases.DraftCase draftCase(KeptDraft d, List<Feedback> given) {
		Set<String> documents = new LinkedHashSet<>();
		d.draft().citations().stream().filter(c -> !c.isFigure()).map(Citation::documentId).forEach(documents::add);
		if (documents.isEmpty()) {
			documents.addAll(d.request().documentIds());
		}
		List<String> notes = new ArrayList<>();
		for (Feedback f : given) {
			notes.add((f.helpful() ? "👍" : "👎") + (f.reason() == null ? "" : " " + f.reason().id())
					+ (f.comment() == null ? "" : ": " + f.comment()));
		}
		return new DraftCases.DraftCase(d.id(), d.draft().kind(), d.draft().language(), d.request().instructions(),
				List.copyOf(documents), notes);
	}

	private Feedback feedback(String draftId, FeedbackBody body, ApiKey caller) {
		String rating = body.rating() == null ? "" : body.rating().strip();
		if (!rating.equals("up") && !rating.equals("down")) {
			throw new InvalidRequestException("'rating' must be up or down, not '" + rating + "'");
		}
		try {
			Feedback.Reason reason = body.reason() == null || body.reason().isBlank() ? null
					: Feedback.Reason.of(body.reason());
			String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
			return new Feedback(UUID.randomUUID().toString(), draftId, caller.name(), rating.equals("up"), reason,
					comment, clock.instant());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
	}

	private Mono<KeptDraft> readable(String draftId, ApiKey caller) {
		return drafts.find(draftId)
			.filter(d -> DraftAccess.canRead(d, caller))
			.switchIfEmpty(Mono.error(() -> new DraftNotFoundException(draftId)));
	}

}

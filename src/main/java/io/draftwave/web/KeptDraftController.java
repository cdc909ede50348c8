package io.draftwave.web;

import java.util.List;
import java.util.function.Supplier;

import io.draftwave.review.DraftAccess;
import io.draftwave.review.DraftStore;
import io.draftwave.review.KeptDraft;
import io.draftwave.review.Review;
import io.draftwave.review.ReviewState;
import io.draftwave.review.WordDiff;
import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;
import io.draftwave.web.KeptDraftViews.DiffView;
import io.draftwave.web.KeptDraftViews.DraftPage;
import io.draftwave.web.KeptDraftViews.DraftSummary;
import io.draftwave.web.KeptDraftViews.EventView;
import io.draftwave.web.KeptDraftViews.KeptDraftView;
import io.draftwave.web.KeptDraftViews.PieceView;
import io.draftwave.web.KeptDraftViews.VersionView;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Kept drafts and their review. {@code GET /api/drafts?mine} pages through the caller's
 * own drafts, newest first; without {@code mine}, administrators page through all drafts
 * and reviewers through those in a review state ({@code state}, default
 * {@code in-review}). {@code GET /api/drafts/{id}} returns one with its request, sources
 * and state; its {@code versions}, a version's {@code diff} and its {@code history}
 * follow. The review steps are {@code POST}s on the draft: {@code submit},
 * {@code versions} (an edit), {@code comments}, {@code approve}, {@code return}. A draft
 * the caller may not see is 404 on every path (never 403), a step the state does not
 * allow 409 {@code review-conflict}, one the caller may not take 403.
 */
@RestController
class KeptDraftController {

	private final Review review;

	private final DraftStore store;

	KeptDraftController(Review review, DraftStore store) {
		this.review = review;
		this.store = store;
	}

	/** The body of a review step; {@code text} only for an edit. */
	record StepBody(@Nullable String text, @Nullable String comment) {
	}

	@GetMapping("/api/drafts")
	Mono<DraftPage> listDrafts(@RequestParam(required = false) @Nullable String mine,
			@RequestParam(required = false) @Nullable String state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, ServerWebExchange exchange) {
		ApiKey caller = Callers.of(exchange);
		if (page < 0 || size < 1 || size > DraftStore.MAX_PAGE_SIZE) {
			throw new InvalidRequestException("'page' must be 0 or more and 'size' between 1 and "
					+ DraftStore.MAX_PAGE_SIZE + ", not " + page + " and " + size);
		}
		ReviewState wanted = state(state);
		String owner = caller.name();
		if (mine == null && caller.role().includes(Role.ADMIN)) {
			owner = null;
		}
		else if (mine == null && caller.role().includes(Role.REVIEWER)) {
			owner = null;
			if (wanted == null || wanted == ReviewState.DRAFT) {
				wanted = ReviewState.IN_REVIEW;
			}
		}
		String listed = owner;
		ReviewState inState = wanted;
		return store.list(listed, inState, page, size)
			.map(DraftSummary::of)
			.collectList()
			.zipWith(store.count(listed, inState))
			.map(t -> new DraftPage(t.getT1(), page, size, t.getT2()));
	}

	@GetMapping("/api/drafts/{draftId}")
	Mono<KeptDraftView> findDraft(@PathVariable String draftId, ServerWebExchange exchange) {
		return readable(draftId, exchange).map(KeptDraftView::of);
	}

	@GetMapping("/api/drafts/{draftId}/versions")
	Mono<List<VersionView>> listVersions(@PathVariable String draftId, ServerWebExchange exchange) {
		return readable(draftId, exchange).flatMap(d -> store.versions(draftId).map(VersionView::of).collectList());
	}

	/**
	 * Version {@code n} against version {@code against} (default {@code n - 1}), word by
	 * word.
	 */
	@GetMapping("/api/drafts/{draftId}/versions/{n}/diff")
	Mono<DiffView> diffVersion(@PathVariable String draftId, @PathVariable int n,
			@RequestParam(required = false) @Nullable Integer against, ServerWebExchange exchange) {
		int from = against == null ? n - 1 : against;
		return readable(draftId, exchange).flatMap(d -> {
			if (n < 1 || n > d.version() || from < 1 || from > d.version()) {
				return Mono.error(new InvalidRequestException(
						"versions run from 1 to " + d.version() + "; cannot compare " + from + " with " + n));
			}
			return store.version(draftId, from)
				.zipWith(store.version(draftId, n))
				.map(t -> new DiffView(from, n,
						WordDiff.between(t.getT1().text(), t.getT2().text()).stream().map(PieceView::of).toList()));
		});
	}

	@GetMapping("/api/drafts/{draftId}/history")
	Mono<List<EventView>> listHistory(@PathVariable String draftId, ServerWebExchange exchange) {
		return readable(draftId, exchange).flatMap(d -> store.history(draftId).map(EventView::of).collectList());
	}

	@PostMapping("/api/drafts/{draftId}/submit")
	Mono<KeptDraftView> submitDraft(@PathVariable String draftId,
			@RequestBody(required = false) @Nullable StepBody body, ServerWebExchange exchange) {
		return step(draftId, () -> review.submit(draftId, Callers.of(exchange), comment(body)));
	}

	@PostMapping("/api/drafts/{draftId}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<KeptDraftView> editDraft(@PathVariable String draftId, @RequestBody StepBody body,
			ServerWebExchange exchange) {
		if (body.text() == null) {
			throw new InvalidRequestException("'text' is required: the draft's new text with its [n] markers");
		}
		return step(draftId, () -> review.edit(draftId, Callers.of(exchange), body.text(), body.comment()));
	}

	@PostMapping("/api/drafts/{draftId}/comments")
	Mono<KeptDraftView> commentDraft(@PathVariable String draftId, @RequestBody StepBody body,
			ServerWebExchange exchange) {
		String comment = body.comment() == null ? "" : body.comment();
		return step(draftId, () -> review.comment(draftId, Callers.of(exchange), comment));
	}

	@PostMapping("/api/drafts/{draftId}/approve")
	Mono<KeptDraftView> approveDraft(@PathVariable String draftId,
			@RequestBody(required = false) @Nullable StepBody body, ServerWebExchange exchange) {
		return step(draftId, () -> review.approve(draftId, Callers.of(exchange), comment(body)));
	}

	@PostMapping("/api/drafts/{draftId}/return")
	Mono<KeptDraftView> returnDraft(@PathVariable String draftId,
			@RequestBody(required = false) @Nullable StepBody body, ServerWebExchange exchange) {
		return step(draftId, () -> review.returnToOwner(draftId, Callers.of(exchange), comment(body)));
	}

	private Mono<KeptDraft> readable(String draftId, ServerWebExchange exchange) {
		ApiKey caller = Callers.of(exchange);
		return store.find(draftId)
			.filter(d -> DraftAccess.canRead(d, caller))
			.switchIfEmpty(Mono.error(() -> new DraftNotFoundException(draftId)));
	}

	private static Mono<KeptDraftView> step(String draftId, Supplier<Mono<KeptDraft>> step) {
		return Mono.defer(step)
			.onErrorMap(IllegalArgumentException.class, ex -> new InvalidRequestException(ex.getMessage()))
			.switchIfEmpty(Mono.error(() -> new DraftNotFoundException(draftId)))
			.map(KeptDraftView::of);
	}

	private static @Nullable String comment(@Nullable StepBody body) {
		return body == null ? null : body.comment();
	}

	private static @Nullable ReviewState state(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return ReviewState.of(state);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
	}

}

package io.draftwave.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.DraftingService;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.review.Review;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Drafts written for a caller and kept with it as their owner: the stream of
 * {@link DraftingService} whose {@code Done} is let through only once the draft, its
 * sources and request are stored ({@link Review#keep}), so a client that received a draft
 * id can always read and export that draft, also after a restart. The store's write
 * finishes even when the client leaves meanwhile.
 */
@Component
public class DraftKeeping {

	private final DraftingService drafting;

	private final Review review;

	DraftKeeping(DraftingService drafting, Review review) {
		this.drafting = drafting;
		this.review = review;
	}

	/**
	 * The draft's events, {@code Done} after the draft is kept for the exchange's caller.
	 */
	public Flux<DraftEvent> stream(DraftRequest request, ServerWebExchange exchange) {
		String owner = Callers.of(exchange).name();
		return Flux.defer(() -> {
			AtomicReference<List<NumberedSource>> sources = new AtomicReference<>(List.of());
			return drafting.stream(request).concatMap(event -> switch (event) {
				case DraftEvent.Sources s -> {
					sources.set(s.sources());
					yield Mono.just(event);
				}
				case DraftEvent.Done done ->
					review.keep(owner, request, sources.get(), done.draft()).thenReturn((DraftEvent) done);
				default -> Mono.just(event);
			});
		});
	}

	/** The checked draft, kept for the exchange's caller. */
	public Mono<Draft> draft(DraftRequest request, ServerWebExchange exchange) {
		return stream(request, exchange).ofType(DraftEvent.Done.class).map(DraftEvent.Done::draft).single();
	}

}

package io.draftwave.drafting;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;

/**
 * A language model's drafter that never leaves the official with a blank page or half a
 * draft. When the model fails (a {@link DrafterException} or any other error) or ends
 * without text before it wrote anything, this drafter emits a {@link DraftOutput.Warning}
 * naming the reason and then the extractive drafter's whole output. When the model fails
 * after it wrote some text (it broke off, stalled past its idle limit, or sent something
 * unreadable), the text it wrote has been emitted already; this drafter then emits
 * {@link DraftOutput.Restart}, a warning that the model stopped (and why) and the
 * extractive drafter's whole output, so the draft is complete and what the model wrote is
 * kept apart. Cancelling the subscription cancels the model's call.
 */
public final class FallbackDrafter implements Drafter {

	private final Drafter primary;

	private final String model;

	private final Drafter fallback;

	/**
	 * @param primary the language model's drafter
	 * @param model the model's name, named in the warning when it stops early
	 * @param fallback the offline drafter, normally an {@link ExtractiveDrafter}
	 */
	public FallbackDrafter(Drafter primary, String model, Drafter fallback) {
		this.primary = primary;
		this.model = model;
		this.fallback = fallback;
	}

	@Override
	public Flux<DraftOutput> write(DraftPrompt prompt) {
		return Flux.defer(() -> {
			AtomicBoolean wrote = new AtomicBoolean();
			AtomicBoolean failed = new AtomicBoolean();
			Flux<DraftOutput> answer = primary.write(prompt).doOnNext(out -> {
				if (out instanceof DraftOutput.Text text && !text.text().isBlank()) {
					wrote.set(true);
				}
			}).filter(out -> !(out instanceof DraftOutput.Done) || wrote.get()).onErrorResume(e -> {
				failed.set(true);
				return wrote.get() ? stoppedEarly(reason(e), prompt) : fallBack(reason(e), prompt);
			});
			return answer.concatWith(Flux
				.defer(() -> wrote.get() || failed.get() ? Flux.empty() : fallBack("it returned no text", prompt)));
		});
	}

	private Flux<DraftOutput> fallBack(String reason, DraftPrompt prompt) {
		return Flux.concat(
				Flux.just(new DraftOutput.Warning("the language model did not answer (" + reason
						+ "); this draft was assembled from the sources by the offline extractive drafter")),
				fallback.write(prompt));
	}

	private Flux<DraftOutput> stoppedEarly(String reason, DraftPrompt prompt) {
		return Flux.concat(Flux.just(new DraftOutput.Restart(), new DraftOutput.Warning("the language model (" + model
				+ ") stopped before the draft was complete (" + reason + "); this draft was assembled from "
				+ "the sources by the offline extractive drafter, and what the model had written is kept apart")),
				fallback.write(prompt));
	}

	private static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

}

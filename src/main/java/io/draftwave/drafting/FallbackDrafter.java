package io.draftwave.drafting;

import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;

/**
 * A language model's drafter that never leaves the official with a blank page. When the model
 * fails (a {@link DrafterException} or any other error) or ends without text before it wrote
 * anything, this drafter emits a {@link DraftOutput.Warning} naming the reason and then the
 * extractive drafter's whole output. When the model fails after it wrote some text, the text
 * stays, a warning says that the model stopped early, and the output ends with
 * {@code Done("llm", model, null)}. Cancelling the subscription cancels the model's call.
 */
public final class FallbackDrafter implements Drafter {

	private final Drafter primary;

	private final String model;

	private final Drafter fallback;

	/**
	 * @param primary the language model's drafter
	 * @param model the model's name, reported when it stops early
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
			Flux<DraftOutput> answer = primary.write(prompt)
				.doOnNext(out -> {
					if (out instanceof DraftOutput.Text text && !text.text().isBlank()) {
						wrote.set(true);
					}
				})
				.filter(out -> !(out instanceof DraftOutput.Done) || wrote.get())
				.onErrorResume(e -> {
					failed.set(true);
					return wrote.get() ? stoppedEarly(e) : fallBack(reason(e), prompt);
				});
			return answer.concatWith(Flux.defer(
					() -> wrote.get() || failed.get() ? Flux.empty() : fallBack("it returned no text", prompt)));
		});
	}

	private Flux<DraftOutput> fallBack(String reason, DraftPrompt prompt) {
		return Flux.concat(Flux.just(new DraftOutput.Warning("the language model did not answer (" + reason
				+ "); this draft was assembled from the sources by the offline extractive drafter")),
				fallback.write(prompt));
	}

	private Flux<DraftOutput> stoppedEarly(Throwable e) {
		return Flux.just(new DraftOutput.Warning("the language model stopped early (" + reason(e)
				+ "); the draft is incomplete"), new DraftOutput.Done("llm", model, null));
	}

	private static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

}

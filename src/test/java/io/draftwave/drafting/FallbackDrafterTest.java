package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

class FallbackDrafterTest {

	private static final DraftOutput.Text EXTRACTED = new DraftOutput.Text("발췌한 문장입니다. [1]");

	private static final DraftOutput.Done EXTRACTIVE = new DraftOutput.Done("extractive", "extractive", null);

	private final Drafter extractive = prompt -> Flux.just(EXTRACTED, EXTRACTIVE);

	private final DraftPrompt prompt = DraftingFixtures.prompt(DraftKind.ANSWER, Language.KO);

	@Test
	void should_warn_and_draft_from_sources_when_model_fails_before_any_text() {
		// given
		Drafter failing = prompt -> Flux.error(new DrafterException("HTTP 503 from the model server", true));
		FallbackDrafter drafter = new FallbackDrafter(failing, "qwen", extractive);

		// when / then
		StepVerifier.create(drafter.write(prompt))
			.assertNext(out -> assertThat(out).isInstanceOfSatisfying(DraftOutput.Warning.class,
					w -> assertThat(w.message()).contains("did not answer (HTTP 503 from the model server)")
						.contains("offline extractive drafter")))
			.expectNext(EXTRACTED, EXTRACTIVE)
			.verifyComplete();
	}

	@Test
	void should_restart_with_the_extractive_draft_when_model_fails_after_some_text() {
		// given
		Drafter stopping = prompt -> Flux.<DraftOutput>just(new DraftOutput.Text("박람회는 5월에 "))
			.concatWith(Flux
				.error(new DrafterException("the language model did not answer within 20 s of its last words", true)));
		FallbackDrafter drafter = new FallbackDrafter(stopping, "qwen", extractive);

		// when / then
		StepVerifier.create(drafter.write(prompt))
			.expectNext(new DraftOutput.Text("박람회는 5월에 "))
			.expectNext(new DraftOutput.Restart())
			.assertNext(out -> assertThat(out).isInstanceOfSatisfying(DraftOutput.Warning.class,
					w -> assertThat(w.message()).contains("(qwen) stopped before the draft was complete")
						.contains("(the language model did not answer within 20 s of its last words)")
						.contains("offline extractive drafter")))
			.expectNext(EXTRACTED, EXTRACTIVE)
			.verifyComplete();
	}

	@Test
	void should_fall_back_when_model_ends_without_text() {
		// given
		Drafter silent = prompt -> Flux.just(new DraftOutput.Text("  "), new DraftOutput.Done("llm", "qwen", null));
		FallbackDrafter drafter = new FallbackDrafter(silent, "qwen", extractive);

		// when / then
		StepVerifier.create(drafter.write(prompt))
			.expectNext(new DraftOutput.Text("  "))
			.assertNext(out -> assertThat(out).isInstanceOfSatisfying(DraftOutput.Warning.class,
					w -> assertThat(w.message()).contains("returned no text")))
			.expectNext(EXTRACTED, EXTRACTIVE)
			.verifyComplete();
	}

	@Test
	void should_pass_model_output_through_when_model_answers() {
		// given
		DraftOutput.Done done = new DraftOutput.Done("llm", "qwen", new DraftOutput.Usage(120, 40));
		Drafter answering = prompt -> Flux.just(new DraftOutput.Text("답입니다. [1]"), done);
		FallbackDrafter drafter = new FallbackDrafter(answering, "qwen", extractive);

		// when / then
		StepVerifier.create(drafter.write(prompt)).expectNext(new DraftOutput.Text("답입니다. [1]"), done).verifyComplete();
	}

	@Test
	void should_cancel_model_call_when_subscriber_cancels() {
		// given
		PublisherProbe<DraftOutput> model = PublisherProbe.of(Flux.never());
		PublisherProbe<DraftOutput> offline = PublisherProbe.empty();
		FallbackDrafter drafter = new FallbackDrafter(prompt -> model.flux(), "qwen", prompt -> offline.flux());

		// when
		StepVerifier.create(drafter.write(prompt)).expectSubscription().thenCancel().verify();

		// then
		model.assertWasSubscribed();
		model.assertWasCancelled();
		offline.assertWasNotSubscribed();
	}

}

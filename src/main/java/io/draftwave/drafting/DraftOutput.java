package io.draftwave.drafting;

import org.jspecify.annotations.Nullable;

/** What a {@link Drafter} emits while it writes: text pieces, warnings, and one final {@link Done}. */
public sealed interface DraftOutput {

	/** A piece of the draft's text, in order; pieces may split words and markers anywhere. */
	record Text(String text) implements DraftOutput {
	}

	/** Something the official should know, e.g. that the model failed and the extractive drafter answered. */
	record Warning(String message) implements DraftOutput {
	}

	/**
	 * The last signal: who wrote the text.
	 * @param mode {@code llm} or {@code extractive}
	 * @param model the model's name, or {@code extractive} for the offline drafter
	 * @param usage token counts reported by the model, or null
	 */
	record Done(String mode, String model, @Nullable Usage usage) implements DraftOutput {
	}

	/** Token counts as the model reported them. */
	record Usage(int promptTokens, int completionTokens) {
	}

}

package io.draftwave.drafting;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link Drafter} emits while it writes: text pieces, warnings, and one final
 * {@link Done}; a drafter standing in for a model that stopped emits a {@link Restart}
 * before writing again.
 */
public sealed interface DraftOutput {

	/**
	 * A piece of the draft's text, in order; pieces may split words and markers anywhere.
	 */
	record Text(String text) implements DraftOutput {
	}

	/**
	 * Something the official should know, e.g. that the model failed and the extractive
	 * drafter answered.
	 */
	record Warning(String message) implements DraftOutput {
	}

	/**
	 * The text written so far is set aside: the model stopped before its draft was
	 * complete. The pieces that follow write the whole draft from the start; what came
	 * before is kept as the model's text, not as the draft.
	 */
	record Restart() implements DraftOutput {
	}

	/**
	 * The last signal: who wrote the text.
	 *
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

package io.draftwave.drafting;

import java.util.List;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

/**
 * A checked draft.
 *
 * @param draftId its id
 * @param kind what kind of document it is
 * @param language the language it is written in
 * @param text the text with [n] markers; every marker names one of {@code citations}
 * @param citations the cited sources, by marker
 * @param sentences the check of every sentence, in order
 * @param mode {@code llm} or {@code extractive}
 * @param model the model's name, or {@code extractive}
 * @param warnings what the official should know: dropped markers, fallback, refusal,
 * removed sentences
 * @param usage token counts, when a model reported them
 * @param tookMs time from request to checked draft
 * @param modelText what a language model had written before it stopped, when this draft
 * stands in for it (the streamed deltas were that text); null when the draft is the
 * model's own or the model wrote nothing. Never checked and never the draft.
 */
public record Draft(String draftId, DraftKind kind, Language language, String text, List<Citation> citations,
		List<SentenceCheck> sentences, String mode, String model, List<String> warnings,
		DraftOutput.@Nullable Usage usage, long tookMs, @Nullable String modelText) {

	public Draft {
		citations = List.copyOf(citations);
		sentences = List.copyOf(sentences);
		warnings = List.copyOf(warnings);
	}

	/** A draft that stands in for no model's text: {@code modelText} is null. */
	public Draft(String draftId, DraftKind kind, Language language, String text, List<Citation> citations,
			List<SentenceCheck> sentences, String mode, String model, List<String> warnings,
			DraftOutput.@Nullable Usage usage, long tookMs) {
		this(draftId, kind, language, text, citations, sentences, mode, model, warnings, usage, tookMs, null);
	}

}

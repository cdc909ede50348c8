package io.draftwave.drafting;

import java.util.List;

/**
 * What {@link DraftingService#stream} tells a client while a draft is written, in this
 * order: one {@link Sources}; then {@link Delta}s, each {@link Cited} right after the
 * delta that completed its marker, and {@link Warning}s as they occur; then one
 * {@link Done}. When a model stopped before its draft was complete, its deltas end with a
 * warning saying so, and the {@code Done}'s text and citations (the extractive draft)
 * replace what was streamed; the model's text is the draft's {@link Draft#modelText()
 * modelText}.
 */
public sealed interface DraftEvent {

	/**
	 * The numbered sources the draft may cite, [1] first; empty when the request is
	 * refused.
	 */
	record Sources(List<NumberedSource> sources) implements DraftEvent {

		public Sources {
			sources = List.copyOf(sources);
		}

	}

	/** A piece of the draft's text; markers in it are whole and name a source. */
	record Delta(String text) implements DraftEvent {
	}

	/** A marker's source, sent the first time the marker appears complete in the text. */
	record Cited(Citation citation) implements DraftEvent {
	}

	/** Something the official should know: a removed marker, a fallback, a refusal. */
	record Warning(String message) implements DraftEvent {
	}

	/** The checked draft; always the last event, its text and citations authoritative. */
	record Done(Draft draft) implements DraftEvent {
	}

}

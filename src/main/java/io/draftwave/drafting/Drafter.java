package io.draftwave.drafting;

import reactor.core.publisher.Flux;

/**
 * Writes a draft from numbered sources. The text cites sources with markers such as
 * {@code [1]} or {@code [1, 2]} after the sentences they support.
 */
public interface Drafter {

	/**
	 * Writes the draft as a stream: {@link DraftOutput.Text} pieces in order, any
	 * {@link DraftOutput.Warning}s, then exactly one {@link DraftOutput.Done}. Cancelling
	 * the subscription stops the writing (and closes any upstream connection). Errors are
	 * signalled as {@link DrafterException}s.
	 */
	Flux<DraftOutput> write(DraftPrompt prompt);

}

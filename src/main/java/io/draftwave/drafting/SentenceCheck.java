package io.draftwave.drafting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The citation check of one sentence of the draft.
 *
 * @param start offset of the sentence in the draft text
 * @param end offset after it
 * @param markers the valid markers it carries, in order
 * @param supported true when its content words are sufficiently covered by the passages
 * it cites; a sentence with no factual claim (a greeting, a heading) is supported without
 * markers
 * @param reason why it is not supported (no marker on a factual claim, low coverage),
 * else null
 */
public record SentenceCheck(int start, int end, List<Integer> markers, boolean supported, @Nullable String reason) {

	public SentenceCheck {
		markers = List.copyOf(markers);
	}

}

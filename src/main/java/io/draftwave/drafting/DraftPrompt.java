package io.draftwave.drafting;

import java.util.List;

/**
 * Everything a drafter needs: the request, its numbered sources and the rendered prompt.
 *
 * @param request what was asked
 * @param sources the numbered sources, [1] first; never empty (a request without sources
 * is refused before drafting)
 * @param system the system message rendered from the kind's template
 * @param user the user message: the numbered sources and the official's instructions
 */
public record DraftPrompt(DraftRequest request, List<NumberedSource> sources, String system, String user) {

	public DraftPrompt {
		sources = List.copyOf(sources);
	}

}

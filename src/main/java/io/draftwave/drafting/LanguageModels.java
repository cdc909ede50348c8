package io.draftwave.drafting;

import java.util.Optional;

/**
 * Makes drafters for language models chosen per call, as the prompt lab compares them:
 * one endpoint at several temperatures, or several endpoints side by side. The drafters
 * it makes have no fallback: a failing model fails the stream with a
 * {@link DrafterException}.
 */
public interface LanguageModels {

	/**
	 * The model the service drafts with ({@code draftwave.llm.*}), when one is
	 * configured.
	 */
	Optional<ModelEndpoint> configured();

	/**
	 * A drafter writing with the endpoint at the temperature, with the service's time
	 * limits.
	 * @param temperature sampling temperature, 0 to 2
	 * @throws IllegalArgumentException when the temperature is outside 0 to 2
	 */
	Drafter drafter(ModelEndpoint endpoint, double temperature);

}

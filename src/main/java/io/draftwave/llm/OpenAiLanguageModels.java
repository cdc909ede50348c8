package io.draftwave.llm;

import java.util.Optional;

import io.draftwave.drafting.Drafter;
import io.draftwave.drafting.LanguageModels;
import io.draftwave.drafting.ModelEndpoint;
import io.draftwave.security.KoreanPiiMasker;

/**
 * {@link OpenAiDrafter}s for any endpoint and temperature, with the time limits of
 * {@code draftwave.llm} (timeout, first-token and idle timeouts). The configured model is
 * the endpoint of {@code draftwave.llm.base-url}, named after {@code draftwave.llm.model}
 * (or {@value #DEFAULT_ID} when no model name is set). Drafters of one endpoint share its
 * HTTP client. Thread-safe.
 */
final class OpenAiLanguageModels implements LanguageModels {

	/** The id of the configured model when {@code draftwave.llm.model} is empty. */
	public static final String DEFAULT_ID = "llm";

	private final LlmProperties properties;

	private final KoreanPiiMasker masker;

	private final ModelConnections connections;

	/**
	 * Drafters whose calls to one endpoint share that endpoint's client of
	 * {@code connections}.
	 */
	public OpenAiLanguageModels(LlmProperties properties, KoreanPiiMasker masker, ModelConnections connections) {
		this.properties = properties;
		this.masker = masker;
		this.connections = connections;
	}

	@Override
	public Optional<ModelEndpoint> configured() {
		if (!properties.configured()) {
			return Optional.empty();
		}
		String id = properties.model().isBlank() ? DEFAULT_ID : properties.model();
		return Optional.of(new ModelEndpoint(id, id, properties.baseUrl(), properties.model(), properties.apiKey()));
	}

	@Override
	public Drafter drafter(ModelEndpoint endpoint, double temperature) {
		LlmProperties settings = new LlmProperties(endpoint.baseUrl(), endpoint.apiKey(), endpoint.model(),
				properties.timeout(), properties.firstTokenTimeout(), properties.idleTimeout(), temperature);
		return new OpenAiDrafter(settings, masker, connections);
	}

}

package io.draftwave.llm;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The language model Draftwave drafts with: any server speaking OpenAI's chat completions
 * API (vLLM, llama.cpp, Ollama, OpenAI itself).
 *
 * @param baseUrl the API's base URL including the version, e.g.
 * {@code http://localhost:8000/v1}; empty means no model is configured and drafts come
 * from the extractive drafter alone
 * @param apiKey sent as a bearer token; empty for servers that need none
 * @param model the model to ask for; empty leaves the {@code model} field out of the
 * request, so a server that serves one model answers with it (OpenAI itself needs a name)
 * @param timeout the longest a whole call may take, from request to the last piece
 * @param firstTokenTimeout the longest wait for the first piece of text
 * @param idleTimeout the longest gap between two pieces; LangChain4j's own timeout does
 * not end a stream that stalls after it started
 * @param temperature sampling temperature, 0 to 2; low keeps drafts close to their
 * sources
 * @param planProposals whether the model proposes the plan of a question over the tables
 * before the offline planner does ({@link io.draftwave.tables.Analyses}): on by default
 * once a base URL is set, off to keep table answers model-free. A proposal is a JSON
 * object of the closed plan shape, asked at temperature 0 with a JSON schema response
 * format (JSON mode when the server refuses schemas) and given at most
 * {@value OpenAiPlanProposer#TIMEOUT_SECONDS} s (or {@link #timeout()} if shorter); it
 * runs only after every column and value is found in the table, otherwise the offline
 * planner answers
 */
@ConfigurationProperties("draftwave.llm")
public record LlmProperties(@Nullable URI baseUrl, @Nullable String apiKey, @DefaultValue("") String model,
		@DefaultValue("60s") Duration timeout, @DefaultValue("30s") Duration firstTokenTimeout,
		@DefaultValue("20s") Duration idleTimeout, @DefaultValue("0.2") double temperature,
		@DefaultValue("true") boolean planProposals) {

	@ConstructorBinding
	public LlmProperties {
		requirePositive("timeout", timeout);
		requirePositive("first-token-timeout", firstTokenTimeout);
		requirePositive("idle-timeout", idleTimeout);
		if (temperature < 0 || temperature > 2) {
			throw new IllegalArgumentException("draftwave.llm.temperature must be between 0 and 2, not " + temperature);
		}
	}

	/** Settings of a model that also proposes plans. */
	public LlmProperties(@Nullable URI baseUrl, @Nullable String apiKey, String model, Duration timeout,
			Duration firstTokenTimeout, Duration idleTimeout, double temperature) {
		this(baseUrl, apiKey, model, timeout, firstTokenTimeout, idleTimeout, temperature, true);
	}

	/** Whether a model is configured: {@link #baseUrl()} is set. */
	public boolean configured() {
		return baseUrl != null && !baseUrl.toString().isBlank();
	}

	private static void requirePositive(String key, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("draftwave.llm." + key + " must be positive, not " + value);
		}
	}

}

package io.draftwave.drafting;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A language model at an OpenAI-compatible endpoint, as a setting that can be drafted
 * with.
 *
 * @param id the name it is chosen by, e.g. {@code qwen-7b}; not blank
 * @param label a name for people, e.g. {@code Qwen 2.5 7B (부서 서버)}
 * @param baseUrl the API's base URL including the version, e.g.
 * {@code http://localhost:8000/v1}
 * @param model the model name sent to the server; empty leaves it out of the request
 * @param apiKey sent as a bearer token; null or empty for servers that need none
 */
public record ModelEndpoint(String id, String label, URI baseUrl, String model, @Nullable String apiKey) {

	public ModelEndpoint {
		Objects.requireNonNull(baseUrl, "baseUrl");
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a model endpoint needs an id");
		}
		label = label == null || label.isBlank() ? id : label;
		model = model == null ? "" : model;
	}

	@Override
	public String toString() {
		// the key stays out of logs
		return "ModelEndpoint[id=" + id + ", baseUrl=" + baseUrl + ", model=" + model + "]";
	}

}

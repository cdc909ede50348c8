package io.draftwave.lab;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The prompt lab's settings.
 *
 * @param exercisesDir folder of the exercise files; when it does not exist the built-in
 * copies are used
 * @param concurrency how many cells are drafted at once, over all runs
 * @param cellTimeout the longest one cell may take; past it the cell fails
 * @param models the language models trainees may choose, each an OpenAI-compatible
 * endpoint; empty: the model of {@code draftwave.llm} when one is configured
 */
@ConfigurationProperties("draftwave.lab")
record LabProperties(@DefaultValue("./lab/exercises") Path exercisesDir, @DefaultValue("2") int concurrency,
		@DefaultValue("3m") Duration cellTimeout, @Nullable List<Model> models) {

	/** The most cells drafted at once. */
	static final int MAX_CONCURRENCY = 32;

	public LabProperties {
		if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
			throw new IllegalArgumentException(
					"draftwave.lab.concurrency must be between 1 and " + MAX_CONCURRENCY + ", not " + concurrency);
		}
		if (cellTimeout.isNegative() || cellTimeout.isZero()) {
			throw new IllegalArgumentException("draftwave.lab.cell-timeout must be positive, not " + cellTimeout);
		}
		models = models == null ? List.of() : List.copyOf(models);
	}

	/**
	 * A language model offered in the lab.
	 *
	 * @param id the name trainees choose it by, e.g. {@code qwen-7b}; not
	 * {@code extractive}
	 * @param label a name for people; default: the id
	 * @param baseUrl the API's base URL including the version, e.g.
	 * {@code http://localhost:8000/v1}
	 * @param model the model name sent to the server; empty leaves it out
	 * @param apiKey sent as a bearer token; empty for servers that need none
	 */
	public record Model(String id, @Nullable String label, URI baseUrl, @Nullable String model,
			@Nullable String apiKey) {
	}

}

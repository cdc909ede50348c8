package io.draftwave.drafting;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Drafting settings.
 *
 * @param promptsDir folder of the editable prompt templates; files missing there are read
 * from the copies built into the application
 * @param maxSourcesPerDocument at most this many passages of one document are given to a
 * drafter
 * @param sourceTokenBudget the sources given to a drafter hold at most this many tokens,
 * estimated as one token per Hangul or other CJK character and 1.3 tokens per other word
 * (see {@link SourceSelector#estimateTokens}); the first source is kept even when it
 * alone is larger
 * @param minRelevance a request is refused when no retrieved passage covers at least this
 * share (0..1) of the content words of its instructions
 * @param supportThreshold share of a sentence's content words its cited passages must
 * cover for the sentence to count as supported; default
 * {@link CitationChecker#DEFAULT_SUPPORT_THRESHOLD}
 */
@ConfigurationProperties("draftwave.drafting")
public record DraftingProperties(@DefaultValue("./prompts") Path promptsDir,
		@DefaultValue("2") int maxSourcesPerDocument, @DefaultValue("3000") int sourceTokenBudget,
		@DefaultValue("0.4") double minRelevance, @Nullable Double supportThreshold) {

	public DraftingProperties {
		if (maxSourcesPerDocument < 1) {
			throw new IllegalArgumentException(
					"draftwave.drafting.max-sources-per-document must be at least 1, not " + maxSourcesPerDocument);
		}
		if (sourceTokenBudget < 100) {
			throw new IllegalArgumentException(
					"draftwave.drafting.source-token-budget must be at least 100, not " + sourceTokenBudget);
		}
		if (minRelevance < 0 || minRelevance > 1) {
			throw new IllegalArgumentException(
					"draftwave.drafting.min-relevance must be between 0 and 1, not " + minRelevance);
		}
		if (supportThreshold == null) {
			supportThreshold = CitationChecker.DEFAULT_SUPPORT_THRESHOLD;
		}
		else if (supportThreshold < 0 || supportThreshold > 1) {
			throw new IllegalArgumentException(
					"draftwave.drafting.support-threshold must be between 0 and 1, not " + supportThreshold);
		}
	}

	/** The defaults, as a service without drafting settings runs. */
	public static DraftingProperties defaults() {
		return new DraftingProperties(Path.of("./prompts"), 2, 3000, 0.4, null);
	}

}

package io.draftwave;

import io.draftwave.drafting.Drafter;
import io.draftwave.drafting.ExtractiveDrafter;
import io.draftwave.drafting.FallbackDrafter;
import io.draftwave.llm.LlmConfiguration;
import io.draftwave.llm.LlmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses who writes drafts: the language model at {@code draftwave.llm.base-url},
 * falling back to the offline extractive drafter when it fails, or the extractive drafter
 * alone when no model is configured.
 */
@Configuration(proxyBeanMethods = false)
class DrafterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DrafterConfiguration.class);

	@Bean
	@Primary
	Drafter drafter(ExtractiveDrafter extractive,
			@Qualifier(LlmConfiguration.LANGUAGE_MODEL_DRAFTER) ObjectProvider<Drafter> languageModel,
			LlmProperties llm) {
		Drafter model = languageModel.getIfAvailable();
		if (model == null) {
			log.info("Drafts are written by the offline extractive drafter; set draftwave.llm.base-url to use a "
					+ "language model");
			return extractive;
		}
		String name = llm.model().isBlank() ? "default model" : llm.model();
		log.info("Drafts are written by {} at {}, with the extractive drafter as fallback", name, llm.baseUrl());
		return new FallbackDrafter(model, name, extractive);
	}

}

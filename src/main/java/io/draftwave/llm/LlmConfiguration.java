package io.draftwave.llm;

import io.draftwave.drafting.LanguageModels;
import io.draftwave.security.KoreanPiiMasker;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers the language model drafter as bean {@value #LANGUAGE_MODEL_DRAFTER} when
 * {@code draftwave.llm.base-url} is set, and nothing when it is empty or missing; and, always,
 * {@link LanguageModels} that make drafters for any endpoint and temperature.
 */
@Configuration(proxyBeanMethods = false)
public class LlmConfiguration {

	/** The name of the {@link OpenAiDrafter} bean. */
	public static final String LANGUAGE_MODEL_DRAFTER = "languageModelDrafter";

	@Bean(LANGUAGE_MODEL_DRAFTER)
	@ConditionalOnExpression("!'${draftwave.llm.base-url:}'.isBlank()")
	OpenAiDrafter languageModelDrafter(LlmProperties properties) {
		return new OpenAiDrafter(properties, new KoreanPiiMasker());
	}

	@Bean
	LanguageModels languageModels(LlmProperties properties) {
		return new OpenAiLanguageModels(properties, new KoreanPiiMasker());
	}

}

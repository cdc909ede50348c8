package io.draftwave.llm;

import io.draftwave.drafting.LanguageModels;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.tables.PlanProposer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers the language model drafter as bean {@value #LANGUAGE_MODEL_DRAFTER} when
 * {@code draftwave.llm.base-url} is set, and nothing when it is empty or missing; with
 * it, unless {@code draftwave.llm.plan-proposals} is false, the model's
 * {@link PlanProposer} for the tables' analyses; and, always, {@link LanguageModels} that
 * make drafters for any endpoint and temperature.
 */
@Configuration(proxyBeanMethods = false)
public class LlmConfiguration {

	/** The name of the {@link OpenAiDrafter} bean. */
	public static final String LANGUAGE_MODEL_DRAFTER = "languageModelDrafter";

	/**
	 * One HTTP client per model endpoint, shared by the drafts and the prompt lab; closed
	 * on stop.
	 */
	@Bean(destroyMethod = "close")
	ModelConnections modelConnections(LlmProperties properties) {
		return new ModelConnections(properties.timeout());
	}

	@Bean(LANGUAGE_MODEL_DRAFTER)
	@ConditionalOnExpression("!'${draftwave.llm.base-url:}'.isBlank()")
	OpenAiDrafter languageModelDrafter(LlmProperties properties, ModelConnections connections) {
		return new OpenAiDrafter(properties, new KoreanPiiMasker(), connections);
	}

	@Bean
	@ConditionalOnExpression("!'${draftwave.llm.base-url:}'.isBlank() and ${draftwave.llm.plan-proposals:true}")
	PlanProposer languageModelPlanProposer(LlmProperties properties, ModelConnections connections) {
		return new OpenAiPlanProposer(properties, new KoreanPiiMasker(), connections);
	}

	@Bean
	LanguageModels languageModels(LlmProperties properties, ModelConnections connections) {
		return new OpenAiLanguageModels(properties, new KoreanPiiMasker(), connections);
	}

}

package io.draftwave.llm;

import io.draftwave.search.EmbeddingProperties;
import io.draftwave.search.PassageEmbedder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, EmbeddingConfiguration.class);

	@Test
	void should_offer_no_embedder_when_no_provider_is_set() {
		runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PassageEmbedder.class));
	}

	@Test
	void should_offer_no_embedder_when_the_provider_is_none() {
		runner.withPropertyValues("draftwave.embeddings.provider=none")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PassageEmbedder.class));
	}

	@Test
	void should_offer_the_endpoint_embedder_when_the_provider_is_openai() {
		runner
			.withPropertyValues("draftwave.embeddings.provider=openai",
					"draftwave.embeddings.base-url=http://localhost:9/v1", "draftwave.embeddings.model=bge-m3")
			.run(context -> assertThat(context.getBean(PassageEmbedder.class).id()).isEqualTo("openai:bge-m3"));
	}

	@Test
	void should_stop_start_up_naming_the_keys_when_openai_has_no_model() {
		runner
			.withPropertyValues("draftwave.embeddings.provider=openai",
					"draftwave.embeddings.base-url=http://localhost:9/v1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("draftwave.embeddings.model"));
	}

	@Test
	void should_stop_start_up_naming_the_models_when_the_in_process_model_is_unknown() {
		runner.withPropertyValues("draftwave.embeddings.provider=in-process", "draftwave.embeddings.model=e5-large")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be empty or all-minilm-l6-v2-q, not 'e5-large'"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddingProperties.class)
	static class Properties {

	}

}

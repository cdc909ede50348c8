package io.draftwave.llm;

import io.draftwave.search.EmbeddingProperties;
import io.draftwave.search.PassageEmbedder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers the {@link PassageEmbedder} that {@code draftwave.embeddings.provider} names,
 * and none when it is {@code none} or missing (the index then searches with BM25 alone).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

	@Bean
	@ConditionalOnProperty(name = "draftwave.embeddings.provider", havingValue = "in-process")
	PassageEmbedder inProcessEmbedder(EmbeddingProperties properties) {
		return LangChainEmbedder.inProcess(properties.model(), properties.batchSize());
	}

	@Bean
	@ConditionalOnProperty(name = "draftwave.embeddings.provider", havingValue = "openai")
	PassageEmbedder openAiEmbedder(EmbeddingProperties properties) {
		return LangChainEmbedder.openAi(properties);
	}

}

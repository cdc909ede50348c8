package io.draftwave.search;

import java.nio.file.Path;

import io.draftwave.DraftwaveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's passage index, under {@code draftwave.data-dir/index}: hybrid when a
 * {@link PassageEmbedder} bean exists ({@code draftwave.embeddings.provider}), BM25 alone
 * otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean(destroyMethod = "close")
	LuceneIndex passageIndex(DraftwaveProperties properties, EmbeddingProperties embeddings,
			ObjectProvider<PassageEmbedder> embedder) {
		Path folder = properties.dataRoot().resolve("index");
		PassageEmbedder model = embedder.getIfAvailable();
		if (model == null) {
			return new LuceneIndex(folder, IndexSettings.defaults());
		}
		VectorSearch vectors = embeddings.hybrid(model);
		log.info("Search is hybrid: BM25 fused with vectors from {} ({}), depth {}, RRF k {}", model.id(),
				model.languages(), vectors.depth(), vectors.rrfK());
		return new LuceneIndex(folder, IndexSettings.defaults(), vectors);
	}

	@Bean
	EmbeddingRefresh embeddingRefresh(LuceneIndex index) {
		return new EmbeddingRefresh(index);
	}

}

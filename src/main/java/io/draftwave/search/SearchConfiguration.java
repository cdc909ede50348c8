package io.draftwave.search;

import java.nio.file.Path;

import io.draftwave.DraftwaveProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's passage index, under {@code draftwave.data-dir/index}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	LuceneIndex passageIndex(DraftwaveProperties properties) {
		Path folder = properties.dataRoot().resolve("index");
		return new LuceneIndex(folder, IndexSettings.defaults());
	}

}

package io.draftwave.tables;

import io.draftwave.DraftwaveProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The tables database under {@code draftwave.data-dir} ({@value Tables#DATABASE_FILE})
 * and the analyses over it. Lazy: the DuckDB file is opened when a capability first asks
 * for tables, so a service or command that never does leaves it alone.
 */
@Configuration(proxyBeanMethods = false)
class TablesConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	Tables tables(DraftwaveProperties properties) {
		return Tables.open(properties.dataRoot());
	}

	@Bean
	@Lazy
	Analyses analyses(Tables tables) {
		return new Analyses(tables);
	}

	@Bean
	AnalysisArchive analysisArchive() {
		return new AnalysisArchive(AnalysisArchive.DEFAULT_CAPACITY);
	}

}

package io.draftwave.tables;

import io.draftwave.DraftwaveProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The tables database under {@code draftwave.data-dir} ({@value Tables#DATABASE_FILE})
 * and the analyses over it. Lazy: the DuckDB file is opened when a capability first asks
 * for tables, so a service or command that never does leaves it alone. A
 * {@link PlanProposer} bean, when another capability offers one, is asked for plans
 * before the offline planner.
 */
@Configuration(proxyBeanMethods = false)
class TablesConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	Tables tables(DraftwaveProperties properties) {
		return Tables.open(properties.dataRoot());
	}

	/**
	 * The analyses, asking the {@link PlanProposer} bean first when there is one (the
	 * language model's, see {@code draftwave.llm.plan-proposals}).
	 */
	@Bean
	@Lazy
	Analyses analyses(Tables tables, ObjectProvider<PlanProposer> proposer) {
		return new Analyses(tables, proposer.getIfUnique());
	}

	@Bean
	AnalysisArchive analysisArchive() {
		return new AnalysisArchive(AnalysisArchive.DEFAULT_CAPACITY);
	}

}

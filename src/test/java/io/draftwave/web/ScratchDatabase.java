package io.draftwave.web;

import io.draftwave.corpus.TestPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every service a {@link ServiceTest} (or {@link ServiceWithDefaultCorpus}) starts
 * a new, empty schema on the test PostgreSQL when {@link TestPostgres} is configured;
 * otherwise the service keeps the embedded H2 in its data folder.
 */
class ScratchDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPostgres.configured()
			.ifPresent(postgres -> TestPropertyValues.of(postgres.settings(postgres.createSchema())).applyTo(context));
	}

}

package io.draftwave.lab;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.CitationChecker;
import io.draftwave.drafting.ExtractiveDrafter;
import io.draftwave.drafting.LanguageModels;
import io.draftwave.drafting.ModelEndpoint;
import io.draftwave.drafting.PromptTemplates;
import io.draftwave.drafting.SourceSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The prompt lab's beans. The language models offered are those of
 * {@code draftwave.lab.models}, or, when none is listed, the model of
 * {@code draftwave.llm}. Once the service is ready, runs a stop interrupted are resumed.
 */
@Configuration(proxyBeanMethods = false)
class LabConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LabConfiguration.class);

	@Bean
	DraftCases draftCases(ExerciseCatalog catalog) {
		return new DraftCases(catalog);
	}

	@Bean
	ExerciseCatalog exerciseCatalog(LabProperties properties) {
		return new ExerciseCatalog(properties.exercisesDir());
	}

	@Bean
	LabModels labModels(ExtractiveDrafter extractive, LanguageModels languageModels, LabProperties properties) {
		List<ModelEndpoint> endpoints = new ArrayList<>();
		for (LabProperties.Model m : properties.models()) {
			endpoints.add(new ModelEndpoint(m.id(), m.label() == null ? m.id() : m.label(), m.baseUrl(),
					m.model() == null ? "" : m.model(), m.apiKey()));
		}
		if (endpoints.isEmpty()) {
			languageModels.configured().ifPresent(endpoints::add);
		}
		LabModels models = new LabModels(extractive, languageModels, endpoints);
		log.info("Lab models: {}", models.list().stream().map(LabModels.LabModel::id).toList());
		return models;
	}

	@Bean
	RunStore runStore(DatabaseClient db, StoreWork work) {
		return new RunStore(db, work);
	}

	@Bean(destroyMethod = "close")
	CellQueue cellQueue(SourceSelector selector, PromptTemplates templates, CitationChecker checker, LabModels models,
			RunStore store, LabProperties properties) {
		CellRunner runner = new CellRunner(selector, templates, checker, models, properties.cellTimeout());
		return new CellQueue(runner, store, Clock.systemUTC(), properties.concurrency());
	}

	@Bean
	Lab lab(ExerciseCatalog catalog, LabModels models, RunStore store, CellQueue queue, DocumentStore documents) {
		return new Lab(catalog, models, store, queue, documents, Clock.systemUTC());
	}

	/**
	 * Resumes interrupted runs in the service only, not in a command-line task's context.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class Resumption {

		@EventListener(ApplicationReadyEvent.class)
		void resumeInterruptedRuns(ApplicationReadyEvent event) {
			Lab lab = event.getApplicationContext().getBean(Lab.class);
			lab.resumeInterrupted()
				.subscribe(null, e -> log.error("Interrupted lab runs could not be resumed: {}", e.toString()));
		}

	}

}

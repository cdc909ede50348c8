package io.draftwave.drafting;

import io.draftwave.search.ContentWords;
import io.draftwave.search.PassageIndex;
import io.draftwave.tables.Analyses;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Tables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The drafting capability's beans. Which {@link Drafter} writes is decided where the
 * language model adapter is known ({@code io.draftwave.DrafterConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class DraftingConfiguration {

	/** The most computed figures one draft cites. */
	static final int MAX_FIGURES = 6;

	@Bean
	ContentWords contentWords() {
		return new ContentWords();
	}

	@Bean
	CitationChecker citationChecker(ContentWords words, DraftingProperties properties) {
		return new CitationChecker(words, properties.supportThreshold());
	}

	@Bean
	@Order(0)
	FigureLookup tableFigureLookup(ObjectProvider<Tables> tables, ObjectProvider<Analyses> analyses,
			AnalysisArchive archive) {
		// the providers keep the tables database closed until a draft asks for a figure
		return new TableFigureLookup(tables::getObject, analyses::getObject, archive);
	}

	/**
	 * The sources of every {@link FigureLookup} bean (the tables' answer, the complaint
	 * analyses), at most {@value #MAX_FIGURES} figures, then the passages.
	 */
	@Bean
	SourceSelector sourceSelector(PassageIndex index, ContentWords words, DraftingProperties properties,
			ObjectProvider<FigureLookup> figures) {
		return new SourceSelector(index, words, properties,
				FigureLookup.all(figures.orderedStream().toList(), MAX_FIGURES));
	}

	@Bean
	PromptTemplates promptTemplates(DraftingProperties properties) {
		return new PromptTemplates(properties.promptsDir());
	}

	@Bean
	ExtractiveDrafter extractiveDrafter(ContentWords words) {
		return new ExtractiveDrafter(words);
	}

	@Bean
	DraftingService draftingService(SourceSelector selector, PromptTemplates templates, Drafter drafter,
			CitationChecker checker) {
		return new DraftingService(selector, templates, drafter, checker);
	}

}

package io.draftwave.complaints;

import io.draftwave.drafting.FigureLookup;
import io.draftwave.tables.AnalysisArchive;
import io.draftwave.tables.Tables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;

/**
 * The complaint analyses over the tables database. Lazy, like the tables: nothing is
 * opened or read until a request first asks for complaints.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintsConfiguration {

	@Bean
	@Lazy
	ComplaintAnalyses complaintAnalyses(Tables tables) {
		return new ComplaintAnalyses(tables);
	}

	/**
	 * The complaint figures of drafts about complaints, after the tables' answer; the
	 * analyses are asked for when such a draft first comes.
	 */
	@Bean
	@Order(1)
	FigureLookup complaintFigures(ObjectProvider<ComplaintAnalyses> analyses, AnalysisArchive archive) {
		return new ComplaintFigures(analyses::getObject, archive);
	}

}

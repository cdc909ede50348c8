package io.draftwave.export;

import java.time.Clock;
import java.time.ZoneId;

import io.draftwave.corpus.DocumentStore;
import io.draftwave.tables.AnalysisArchive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exporters, dating their title lines in the city's time zone and drawing cited
 * figures from the analyses kept.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	/** The zone of the dates in exported titles and file names. */
	static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	@Bean
	DocxExporter docxExporter(ExportProperties properties, AnalysisArchive analyses, DocumentStore documents) {
		return new DocxExporter(properties.baseUrl(), Clock.system(ZONE), new ArchivedFigures(analyses, documents));
	}

	@Bean
	HwpxExporter hwpxExporter(ExportProperties properties, AnalysisArchive analyses, DocumentStore documents) {
		return new HwpxExporter(properties.baseUrl(), Clock.system(ZONE), new ArchivedFigures(analyses, documents));
	}

}

package io.draftwave.export;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exporters, dating their title lines in the city's time zone. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	/** The zone of the dates in exported titles and file names. */
	static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	@Bean
	DocxExporter docxExporter(ExportProperties properties) {
		return new DocxExporter(properties.baseUrl(), Clock.system(ZONE));
	}

	@Bean
	HwpxExporter hwpxExporter(ExportProperties properties) {
		return new HwpxExporter(properties.baseUrl(), Clock.system(ZONE));
	}

}

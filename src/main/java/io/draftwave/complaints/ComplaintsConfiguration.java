package io.draftwave.complaints;

import io.draftwave.tables.Tables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

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

}

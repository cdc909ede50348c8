package io.draftwave.review;

import java.time.Clock;

import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.CitationChecker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The stores of kept drafts and feedback, and the review over them. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	DraftStore draftStore(DatabaseClient db, StoreWork work) {
		return new DraftStore(db, work);
	}

	@Bean
	FeedbackStore feedbackStore(DatabaseClient db, StoreWork work) {
		return new FeedbackStore(db, work);
	}

	@Bean
	Review review(DraftStore store, CitationChecker checker, ReviewProperties properties) {
		return new Review(store, checker, properties.allowSelfApproval(), Clock.systemUTC());
	}

}

package io.draftwave.conversations;

import java.time.Clock;

import io.draftwave.corpus.StoreWork;
import io.draftwave.review.Review;
import io.draftwave.security.KoreanPiiMasker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** The store of kept conversations and the conversations over it. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	@Bean
	ConversationStore conversationStore(DatabaseClient db, StoreWork work) {
		return new ConversationStore(db, work);
	}

	@Bean
	KeptConversations keptConversations(ConversationStore store, Review review) {
		return new KeptConversations(store, review, new KoreanPiiMasker(), Clock.systemUTC());
	}

}

package io.draftwave.conversations;

import io.draftwave.corpus.StoreDatabase;
import io.draftwave.corpus.TestPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link ConversationStoreContract} on a real PostgreSQL ({@link TestPostgres}), each
 * test in a new schema. Skipped without a configured server.
 */
@EnabledIfSystemProperty(named = TestPostgres.URL_PROPERTY, matches = ".+",
		disabledReason = TestPostgres.NOT_CONFIGURED)
class PostgresConversationStoreIT extends ConversationStoreContract {

	@Override
	StoreDatabase database() {
		TestPostgres postgres = TestPostgres.configured().orElseThrow();
		return StoreDatabase.postgres(postgres, postgres.createSchema());
	}

}

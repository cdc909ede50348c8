package io.draftwave.conversations;

import java.nio.file.Path;

import io.draftwave.corpus.StoreDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConversationStoreContract} on the embedded H2, as the service runs it by
 * default.
 */
class H2ConversationStoreTest extends ConversationStoreContract {

	@TempDir
	Path folder;

	@Override
	StoreDatabase database() {
		return StoreDatabase.h2(folder);
	}

}

package io.draftwave.corpus;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DocumentStoreContract} on the embedded H2, as the service runs it by default.
 */
class H2DocumentStoreTest extends DocumentStoreContract {

	@TempDir
	Path folder;

	@Override
	StoreDatabase database() {
		return StoreDatabase.h2(folder);
	}

}

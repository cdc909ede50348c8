package io.draftwave.review;

import java.nio.file.Path;

import io.draftwave.corpus.StoreDatabase;
import org.junit.jupiter.api.io.TempDir;

/** {@link DraftStoreContract} on the embedded H2, as the service runs it by default. */
class H2DraftStoreTest extends DraftStoreContract {

	@TempDir
	Path folder;

	@Override
	StoreDatabase database() {
		return StoreDatabase.h2(folder);
	}

}

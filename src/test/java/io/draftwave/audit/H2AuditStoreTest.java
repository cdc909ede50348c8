package io.draftwave.audit;

import java.nio.file.Path;

import io.draftwave.corpus.StoreDatabase;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuditStoreContract} on the embedded H2, as the service runs it by default. */
class H2AuditStoreTest extends AuditStoreContract {

	@TempDir
	Path folder;

	@Override
	StoreDatabase database() {
		return StoreDatabase.h2(folder);
	}

}

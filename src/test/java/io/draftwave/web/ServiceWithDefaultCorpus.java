package io.draftwave.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service as a new user starts it, on a scratch data folder with the project's
 * {@code corpus/} indexed (and a schema of its own when the tests run on PostgreSQL, see
 * {@link ScratchDatabase}); each test waits until the indexing is done. Test classes with
 * the same settings share one running service (Spring's context cache); a class that adds
 * settings gets its own service and its own data folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@ContextConfiguration(initializers = ScratchDatabase.class)
public abstract class ServiceWithDefaultCorpus {

	/** The project's default corpus. */
	public static final Path CORPUS = Path.of("corpus");

	@Autowired
	protected WebTestClient web;

	@DynamicPropertySource
	static void defaultCorpus(DynamicPropertyRegistry registry) throws IOException {
		// runs once per service started: every service gets a data folder of its own
		Path dataDir = Files.createTempDirectory("draftwave-it-");
		registry.add("draftwave.data-dir", dataDir::toString);
		registry.add("draftwave.corpus.dirs", () -> CORPUS.toAbsolutePath().toString());
	}

	@BeforeEach
	void awaitCorpusIndexed() throws InterruptedException {
		CorpusReady.await(web);
	}

}

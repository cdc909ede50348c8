package io.draftwave.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every service a {@link ServiceTest} starts a new, empty data folder under the
 * temporary directory, as {@code draftwave.data-dir}; a test reads it back with
 * {@code @Value("${draftwave.data-dir}")}.
 */
class ScratchDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try {
			Path dataDir = Files.createTempDirectory("draftwave-it-");
			TestPropertyValues.of("draftwave.data-dir=" + dataDir).applyTo(context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a scratch data folder for the service", ex);
		}
	}

}

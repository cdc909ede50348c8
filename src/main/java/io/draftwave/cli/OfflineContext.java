package io.draftwave.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.draftwave.DraftwaveApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Draftwave's capabilities without the web server and without indexing the corpus
 * folders, for a command-line task. Starting it repairs the index like the service does.
 */
final class OfflineContext {

	private OfflineContext() {
	}

	static ConfigurableApplicationContext start(Path dataDir, String... settings) {
		// given as arguments, not default properties: application.yaml would override
		// those
		List<String> arguments = new ArrayList<>(List.of("--draftwave.data-dir=" + dataDir.toAbsolutePath().normalize(),
				"--draftwave.corpus.sync-on-start=false", "--logging.level.root=warn",
				"--logging.level.io.draftwave=warn", "--logging.level.org.springframework=off",
				"--spring.main.log-startup-info=false"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(DraftwaveApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

}

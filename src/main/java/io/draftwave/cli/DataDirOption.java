package io.draftwave.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the commands that open the stores. */
class DataDirOption {

	@Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
			description = "Data folder: originals, index and database (default: ${DEFAULT-VALUE}).")
	Path dataDir;

}

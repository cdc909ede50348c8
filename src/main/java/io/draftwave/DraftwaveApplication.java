package io.draftwave;

import io.draftwave.cli.CommandLineLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Draftwave service, or runs a command-line task when the first argument names
 * one ({@code ingest}, {@code search}, {@code rebuild-index}, {@code eval},
 * {@code bench}, {@code --help}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DraftwaveApplication {

	public static void main(String[] args) {
		if (CommandLineLauncher.isCommand(args)) {
			System.exit(CommandLineLauncher.run(args));
		}
		SpringApplication.run(DraftwaveApplication.class, args);
	}

}

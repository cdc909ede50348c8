package io.draftwave.cli;

import java.util.Set;

import picocli.CommandLine;

/**
 * Decides whether the process runs a command-line task instead of the service, and runs it.
 */
public final class CommandLineLauncher {

	private static final Set<String> COMMANDS = Set.of("ingest", "search", "rebuild-index", "eval", "bench", "help",
			"--help", "-h", "--version", "-V");

	private CommandLineLauncher() {
	}

	/** True when the first argument names a task or asks for help; the service starts otherwise. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the task the arguments name and returns its exit code. */
	public static int run(String[] args) {
		return new CommandLine(new DraftwaveCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
	}

}

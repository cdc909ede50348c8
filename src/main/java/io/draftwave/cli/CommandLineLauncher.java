package io.draftwave.cli;

import java.util.Set;

import io.draftwave.search.IndexInUseException;
import picocli.CommandLine;

/**
 * Decides whether the process runs a command-line task instead of the service, and runs
 * it.
 */
public final class CommandLineLauncher {

	private static final Set<String> COMMANDS = Set.of("ingest", "search", "rebuild-index", "eval", "eval-citations",
			"eval-answers", "eval-figures", "bench", "bench-drafts", "bench-figures", "load-drafts", "audit",
			"bench-audit", "help", "--help", "-h", "--version", "-V");

	/** Exit code of a task that failed for a reason other than bad arguments. */
	static final int FAILED = 3;

	private CommandLineLauncher() {
	}

	/**
	 * True when the first argument names a task or asks for help; the service starts
	 * otherwise.
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the task the arguments name and returns its exit code. */
	public static int run(String[] args) {
		return new CommandLine(new DraftwaveCommand()).setCaseInsensitiveEnumValuesAllowed(true)
			.setExecutionExceptionHandler((ex, command, parsed) -> {
				command.getErr().println("draftwave: " + reason(ex));
				return FAILED;
			})
			.execute(args);
	}

	/**
	 * The innermost message of a failure, which names what went wrong without Spring's
	 * wrapping.
	 */
	static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof IndexInUseException) {
				break;
			}
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.toString() : cause.getMessage();
	}

}

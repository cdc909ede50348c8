package io.draftwave.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level command: its subcommands are the tasks. */
@Command(name = "java -jar draftwave.jar", mixinStandardHelpOptions = true, version = "Draftwave 0.1.0", description = {
		"Draftwave: grounded drafting for public administration.",
		"Without arguments the jar starts the web service on http://localhost:8080 and indexes ./corpus.",
		"With a command it runs one task and exits, without the web server. Stop the service first for "
				+ "ingest, search and rebuild-index: they open the same data folder (--data-dir, default ./data)." },
		subcommands = { IngestCommand.class, SearchCommand.class, RebuildIndexCommand.class, EvalCommand.class,
				CitationEvalCommand.class, AnswerEvalCommand.class, FiguresEvalCommand.class, BenchCommand.class,
				FiguresBenchCommand.class, ComplaintsBenchCommand.class, DraftBenchCommand.class,
				DraftLoadCommand.class, GenerateComplaintsCommand.class, AuditCommand.class, AuditBenchCommand.class,
				HelpCommand.class })
class DraftwaveCommand {

}

package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.draftwave.tables.Analyses;
import io.draftwave.tables.FigureEvaluation;
import io.draftwave.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Loads the corpus's tables into a scratch database and scores the table questions. */
@Command(name = "eval-figures", mixinStandardHelpOptions = true,
		description = { "Load every CSV, TSV and XLSX table of CORPUS (and --tables files) into a scratch tables "
				+ "database, answer every question of the set offline and report exact answers, refusals of "
				+ "unanswerable questions and wrong figures shown." })
class FiguresEvalCommand implements Callable<Integer> {

	@Option(names = "--corpus", defaultValue = "./corpus",
			description = "Folder of documents (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--tables", split = ",",
			description = "More table files outside CORPUS (the default corpus already holds the generated bicycle "
					+ "rentals of scripts/generate_bicycle_rentals.py).")
	List<Path> extra = List.of();

	@Option(names = "--questions", defaultValue = "src/test/resources/tables/figure-questions.tsv",
			description = "Question set (TSV: id, language, question, expected figures or REFUSE, check; "
					+ "default: ${DEFAULT-VALUE}).")
	Path questions;

	@Override
	public Integer call() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(corpus)) {
			walk.filter(Files::isRegularFile).filter(Tables::isTableFile).sorted().forEach(files::add);
		}
		for (Path file : extra) {
			if (!Files.isRegularFile(file)) {
				System.err.println("missing table file " + file
						+ ": generate it with python3 scripts/generate_bicycle_rentals.py");
				return 2;
			}
			files.add(file);
		}
		Path data = Files.createTempDirectory("draftwave-figures-eval");
		try (Tables tables = Tables.open(data)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				long start = System.nanoTime();
				var loaded = tables.load(name, name.replaceFirst("\\.[^.]+$", ""), file);
				System.err.printf("loaded %s: %d tables, %d rows in %d ms%n", name, loaded.size(),
						loaded.stream().mapToLong(t -> t.rows()).sum(), (System.nanoTime() - start) / 1_000_000);
			}
			var report = new FigureEvaluation(new Analyses(tables)).run(FigureEvaluation.read(questions));
			System.out.println(report.toMarkdown());
			return report.wrong() == 0 ? 0 : 1;
		}
		finally {
			try (Stream<Path> walk = Files.walk(data)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}

package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.tables.FigureBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times table questions through Draftwave beside the same SQL sent directly to DuckDB, on
 * the bicycle rentals file and on a generated table of about ten million rows.
 */
@Command(name = "bench-figures", mixinStandardHelpOptions = true,
		description = { "Load one table file into a scratch tables database, and generate a larger variant of the "
				+ "bicycle rentals into another, and time questions on both: load time, DuckDB file size, heap and "
				+ "RSS, and p50/p99 of the whole analysis (plan, result, source rows, wording), of the plan run, "
				+ "and of the result query run directly on DuckDB, in turns in the same loop." })
class FiguresBenchCommand implements Callable<Integer> {

	@Option(names = "--table", defaultValue = "corpus/공공자전거 일별 대여 현황 2023-2025.csv",
			description = "Table file (default: ${DEFAULT-VALUE}, written by scripts/generate_bicycle_rentals.py).")
	Path table;

	@Option(names = "--question", description = "Questions to time (default: five over the bicycle rentals).")
	List<String> questions = List.of("2025년 대여 건수가 가장 많은 자치구는?", "2024년 한빛구 대여 건수는?",
			"2023년 대비 2025년 누리구 공공자전거 대여 건수는 몇 퍼센트 늘었나요?", "솔내구 대여 건수 추이는?", "2025년 전체 공공자전거 대여 건수에서 가람구가 차지하는 비중은?");

	@Option(names = "--iterations", defaultValue = "200",
			description = "Timed runs per question (default: ${DEFAULT-VALUE}).")
	int iterations;

	@Option(names = "--warmup", defaultValue = "50", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
	int warmup;

	@Option(names = "--large-rows", defaultValue = "10000000",
			description = "Rows of the generated bicycle rentals, rounded up to whole days; 0 for none "
					+ "(default: ${DEFAULT-VALUE}).")
	long largeRows;

	@Option(names = "--large-iterations", defaultValue = "100",
			description = "Timed runs per question on the generated table (default: ${DEFAULT-VALUE}).")
	int largeIterations;

	@Option(names = "--large-warmup", defaultValue = "10",
			description = "Untimed runs first on the generated table (default: ${DEFAULT-VALUE}).")
	int largeWarmup;

	@Option(names = "--scratch", defaultValue = "target/bench-figures",
			description = "Folder for the scratch databases, removed after (default: ${DEFAULT-VALUE}).")
	Path scratch;

	@Override
	public Integer call() throws IOException {
		var options = new FigureBenchmark.Options(warmup, iterations, largeRows, largeWarmup, largeIterations, scratch);
		System.out.println(FigureBenchmark.run(table, questions, options).toMarkdown());
		return 0;
	}

}

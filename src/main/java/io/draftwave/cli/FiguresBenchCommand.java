package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.tables.FigureBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times table questions through Draftwave beside the same SQL sent directly to DuckDB.
 */
@Command(name = "bench-figures", mixinStandardHelpOptions = true,
		description = { "Load one table file into a scratch tables database and time questions on it: p50/p99 of "
				+ "the whole analysis (plan, result, source rows, wording) beside the result query run directly "
				+ "on DuckDB in the same run." })
class FiguresBenchCommand implements Callable<Integer> {

	@Option(names = "--table", defaultValue = "target/tables/공공자전거 일별 대여 현황 2023-2025.csv",
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

	@Override
	public Integer call() throws IOException {
		System.out.println(FigureBenchmark.run(table, questions, warmup, iterations).toMarkdown());
		return 0;
	}

}

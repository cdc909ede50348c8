package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Times questions on one table file, and on a generated table of about ten million rows
 * ({@link BicycleRentals}), through {@link Analyses#ask} (planning, the result query with
 * its source rows, the wording), through {@link Analyses#run} (the same without planning)
 * and beside the result query alone, sent directly to DuckDB over JDBC on the same file.
 * The three paths run in turns in one loop, their order rotating, so a busy machine slows
 * all of them alike; Draftwave's overhead is the ratio of the medians. Each table has its
 * own scratch database under {@link Options#scratch()}, removed at the end. Loops are
 * bounded by the options; nothing here is a test.
 */
public final class FigureBenchmark {

	/**
	 * How much to run.
	 *
	 * @param warmup untimed runs of each path per question on the file's table
	 * @param iterations timed runs of each path per question on the file's table
	 * @param largeRows rows of the generated table, 0 for none
	 * @param largeWarmup untimed runs per path and question on the generated table
	 * @param largeIterations timed runs per path and question on the generated table
	 * @param scratch the folder the scratch databases go under
	 */
	public record Options(int warmup, int iterations, long largeRows, int largeWarmup, int largeIterations,
			Path scratch) {
	}

	private FigureBenchmark() {
	}

	public static FigureBenchReport run(Path tableFile, List<String> questions, Options options) throws IOException {
		Files.createDirectories(options.scratch());
		Path scratch = Files.createTempDirectory(options.scratch(), "bench-figures");
		List<FigureBenchReport.TableRun> runs = new ArrayList<>();
		try {
			String name = tableFile.getFileName().toString();
			List<Column> columns;
			try (Tables tables = Tables.open(scratch.resolve("file"))) {
				long start = System.nanoTime();
				List<TableInfo> loaded = tables.load(name, name.replaceFirst("\\.[^.]+$", ""), tableFile);
				double load = seconds(start);
				columns = loaded.getFirst().columns();
				runs.add(time(tables, scratch.resolve("file"), name, "read from CSV and shaped", loaded, load,
						questions, options.warmup(), options.iterations()));
			}
			if (options.largeRows() > 0) {
				try (Tables tables = Tables.open(scratch.resolve("generated"))) {
					long start = System.nanoTime();
					List<TableInfo> loaded = tables.store("generated",
							List.of(BicycleRentals.generate("generated", columns, options.largeRows())));
					double load = seconds(start);
					runs.add(time(tables, scratch.resolve("generated"), loaded.getFirst().title(),
							"generated rows stored", loaded, load, questions, options.largeWarmup(),
							options.largeIterations()));
				}
			}
		}
		finally {
			deleteRecursively(scratch);
		}
		return new FigureBenchReport(runs);
	}

	private static FigureBenchReport.TableRun time(Tables tables, Path data, String name, String how,
			List<TableInfo> loaded, double load, List<String> questions, int warmup, int iterations) {
		long start = System.nanoTime();
		tables.cards();
		double cards = seconds(start);
		long fileBytes = size(data.resolve(Tables.DATABASE_FILE).getParent());
		ProcessMemory afterLoad = ProcessMemory.retained();
		ProcessMemory during = afterLoad;
		Analyses asker = new Analyses(tables);
		List<FigureBenchReport.Timing> timings = new ArrayList<>();
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection direct = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(Tables.DATABASE_FILE),
				readOnly)) {
			for (String question : questions) {
				if (!(asker.ask(question, null, List.of()) instanceof Analysis analysis)) {
					throw new TableException("not answered, cannot time: " + question);
				}
				double[][] ms = inTurns(warmup, iterations, () -> asker.ask(question, null, List.of()),
						() -> asker.run(analysis.plan(), null), () -> direct(direct, analysis));
				timings.add(new FigureBenchReport.Timing(question, percentile(ms[0], 50), percentile(ms[0], 99),
						percentile(ms[1], 50), percentile(ms[1], 99), percentile(ms[2], 50), percentile(ms[2], 99)));
				during = during.max(ProcessMemory.now());
			}
		}
		catch (SQLException ex) {
			throw new TableException("direct query failed: " + ex.getMessage(), ex);
		}
		return new FigureBenchReport.TableRun(name, how, loaded.stream().mapToLong(TableInfo::rows).sum(), load, cards,
				fileBytes, afterLoad, during, warmup, iterations, timings);
	}

	/** Runs the paths in turns, their order rotating; times in milliseconds per path. */
	private static double[][] inTurns(int warmup, int iterations, Runnable... paths) {
		double[][] ms = new double[paths.length][iterations];
		for (int i = -warmup; i < iterations; i++) {
			for (int k = 0; k < paths.length; k++) {
				int path = Math.floorMod(i + k, paths.length);
				long start = System.nanoTime();
				paths[path].run();
				if (i >= 0) {
					ms[path][i] = (System.nanoTime() - start) / 1e6;
				}
			}
		}
		return ms;
	}

	private static void direct(Connection connection, Analysis analysis) {
		try (PreparedStatement st = connection.prepareStatement(analysis.sql())) {
			Sql.bind(st, analysis.parameters());
			try (ResultSet rs = st.executeQuery()) {
				Sql.rows(rs);
			}
		}
		catch (SQLException ex) {
			throw new TableException("direct query failed: " + ex.getMessage(), ex);
		}
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long size(Path dir) {
		try (var files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir, ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the scratch folder " + dir, ex);
		}
	}

}

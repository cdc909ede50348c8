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
 * Times questions on one table file through {@link Analyses#ask} (planning, the result
 * query, the source-row query and the wording), through {@link Analyses#run} (the same
 * without planning) and beside the result query alone, sent directly to DuckDB over JDBC
 * on the same file in the same run. Draftwave's overhead is the ratio of the two.
 */
public final class FigureBenchmark {

	/** Times in milliseconds for one question. */
	public record Timing(String question, double askP50, double askP99, double planP50, double directP50,
			double directP99) {

		public double ratio() {
			return askP50 / directP50;
		}

	}

	/** The load time and each question's timings. */
	public record Report(String table, long rows, double loadSeconds, List<Timing> timings) {

		public String toMarkdown() {
			StringBuilder md = new StringBuilder();
			md.append(String.format("%s: %,d rows loaded in %.1f s (%.1f s per million rows)%n%n", table, rows,
					loadSeconds, loadSeconds * 1_000_000 / Math.max(1, rows)));
			md.append(
					"| question | ask p50 ms | ask p99 ms | plan run p50 ms | direct SQL p50 ms | direct p99 ms | ratio (p50) |\n");
			md.append("|---|---|---|---|---|---|---|\n");
			for (Timing t : timings) {
				md.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f× |%n", t.question(), t.askP50(),
						t.askP99(), t.planP50(), t.directP50(), t.directP99(), t.ratio()));
			}
			return md.toString();
		}

	}

	private FigureBenchmark() {
	}

	public static Report run(Path tableFile, List<String> questions, int warmup, int iterations) throws IOException {
		Path data = Files.createTempDirectory("draftwave-figures-bench");
		List<Analysis> analyses = new ArrayList<>();
		List<double[]> askTimes = new ArrayList<>();
		List<double[]> planTimes = new ArrayList<>();
		long rows;
		double loadSeconds;
		try (Tables tables = Tables.open(data)) {
			long start = System.nanoTime();
			String name = tableFile.getFileName().toString();
			rows = tables.load(name, name.replaceFirst("\\.[^.]+$", ""), tableFile)
				.stream()
				.mapToLong(TableInfo::rows)
				.sum();
			loadSeconds = (System.nanoTime() - start) / 1e9;
			tables.cards();
			Analyses asker = new Analyses(tables);
			for (String question : questions) {
				Answer answer = asker.ask(question, null, List.of());
				if (!(answer instanceof Analysis analysis)) {
					throw new TableException("not answered, cannot time: " + question);
				}
				analyses.add(analysis);
				askTimes.add(times(warmup, iterations, () -> asker.ask(question, null, List.of())));
				planTimes.add(times(warmup, iterations, () -> asker.run(analysis.plan(), null)));
			}
		}
		List<Timing> timings = new ArrayList<>();
		Properties readOnly = new Properties();
		readOnly.setProperty("duckdb.read_only", "true");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(Tables.DATABASE_FILE),
				readOnly)) {
			for (int i = 0; i < analyses.size(); i++) {
				Analysis analysis = analyses.get(i);
				double[] direct = times(warmup, iterations, () -> direct(connection, analysis));
				double[] ask = askTimes.get(i);
				timings.add(new Timing(questions.get(i), percentile(ask, 50), percentile(ask, 99),
						percentile(planTimes.get(i), 50), percentile(direct, 50), percentile(direct, 99)));
			}
		}
		catch (SQLException ex) {
			throw new TableException("direct query failed: " + ex.getMessage(), ex);
		}
		finally {
			deleteRecursively(data);
		}
		return new Report(tableFile.getFileName().toString(), rows, loadSeconds, timings);
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

	private static double[] times(int warmup, int iterations, Runnable work) {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		double[] ms = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
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

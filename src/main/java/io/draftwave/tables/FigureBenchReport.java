package io.draftwave.tables;

import java.util.List;

/**
 * What {@code bench-figures} measured, one entry per table, as Markdown for
 * {@code docs/benchmarks.md}. Times are in milliseconds, sizes in bytes.
 *
 * @param tables the tables timed, the file read first, then the generated one if any
 */
public record FigureBenchReport(List<TableRun> tables) {

	public FigureBenchReport {
		tables = List.copyOf(tables);
	}

	/**
	 * One table: how it was loaded, its size, memory, and its questions' times.
	 *
	 * @param table the table's name
	 * @param how how it was loaded (the file read and shaped, or rows generated and
	 * stored)
	 * @param rows its data rows
	 * @param loadSeconds the time to read (or generate) and store it
	 * @param cardSeconds the time to read its card (category values and ranges) once
	 * after
	 * @param fileBytes the DuckDB file's size after loading (its write-ahead log
	 * included)
	 * @param afterLoad memory after loading, once garbage was collected
	 * @param duringQueries the most memory seen between questions while timing them
	 * @param warmup untimed runs of each path per question
	 * @param iterations timed runs of each path per question
	 * @param timings each question's times
	 */
	public record TableRun(String table, String how, long rows, double loadSeconds, double cardSeconds, long fileBytes,
			ProcessMemory afterLoad, ProcessMemory duringQueries, int warmup, int iterations, List<Timing> timings) {

		public TableRun {
			timings = List.copyOf(timings);
		}

	}

	/**
	 * One question's times: {@link Analyses#ask}, {@link Analyses#run} on the same plan,
	 * and the result query alone sent directly over JDBC to the same file, run in turns
	 * in the same loop.
	 */
	public record Timing(String question, double askP50, double askP99, double runP50, double runP99, double directP50,
			double directP99) {

		/** The whole analysis over the result query alone, at the median. */
		public double askRatio() {
			return askP50 / directP50;
		}

		/** The plan run (no planning) over the result query alone, at the median. */
		public double runRatio() {
			return runP50 / directP50;
		}

	}

	public String toMarkdown() {
		StringBuilder md = new StringBuilder();
		for (TableRun run : tables) {
			md.append(String.format(
					"%s: %,d rows, %s, in %.1f s (%.1f s per million rows); card %.2f s; " + "DuckDB file %s%n",
					run.table(), run.rows(), run.how(), run.loadSeconds(),
					run.loadSeconds() * 1_000_000 / Math.max(1, run.rows()), run.cardSeconds(), mib(run.fileBytes())));
			md.append(String.format(
					"memory after loading: heap %s, RSS %s; while timing: heap up to %s, RSS up to %s "
							+ "(peak RSS %s)%n",
					mib(run.afterLoad().heapUsed()), mib(run.afterLoad().rss()), mib(run.duringQueries().heapUsed()),
					mib(run.duringQueries().rss()), mib(run.duringQueries().peakRss())));
			md.append(String.format("%d warm-up and %d timed runs of each path per question, in turns%n%n",
					run.warmup(), run.iterations()));
			md.append("| question | ask p50 | ask p99 | plan run p50 | plan run p99 | direct SQL p50 | direct p99 "
					+ "| ask ÷ direct (p50) | plan run ÷ direct (p50) |\n");
			md.append("|---|---|---|---|---|---|---|---|---|\n");
			for (Timing t : run.timings()) {
				md.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f× | %.2f× |%n",
						t.question(), t.askP50(), t.askP99(), t.runP50(), t.runP99(), t.directP50(), t.directP99(),
						t.askRatio(), t.runRatio()));
			}
			md.append('\n');
		}
		return md.toString();
	}

	private static String mib(long bytes) {
		return bytes < 0 ? "n/a" : String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
	}

}

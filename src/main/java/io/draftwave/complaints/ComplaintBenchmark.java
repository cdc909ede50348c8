package io.draftwave.complaints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.draftwave.tables.ProcessMemory;
import io.draftwave.tables.Tables;

/**
 * Times each complaint analysis on generated complaint tables of the given sizes
 * ({@link ComplaintGenerator}, planted patterns included): the set is generated, written
 * as CSV and loaded into a scratch tables database, the complaints are read and analysed
 * into nouns once (what the first analysis of a table pays), then every analysis runs
 * with its defaults, untimed {@code warmup} times and timed {@code iterations} times,
 * through {@link ComplaintAnalyses#analyse}. Memory: the JVM's peak heap use during each
 * analysis (the heap pools' peak usage, reset before it), and the process's heap and RSS
 * after loading ({@link ProcessMemory}). The scratch folder is removed at the end;
 * nothing here is a test.
 */
public final class ComplaintBenchmark {

	/**
	 * How much to run.
	 *
	 * @param sizes background complaints of each generated set (planted ones come on top)
	 * @param warmup untimed runs of each analysis
	 * @param iterations timed runs of each analysis
	 * @param scratch the folder the scratch databases go under
	 */
	public record Options(List<Integer> sizes, int warmup, int iterations, Path scratch) {

		public Options {
			sizes = List.copyOf(sizes);
		}

	}

	/**
	 * One set's figures.
	 *
	 * @param complaints the complaints of the set
	 * @param generateSeconds generating it in memory
	 * @param loadSeconds writing the CSV and loading it as a table
	 * @param prepareSeconds reading the complaints back, masking them and taking their
	 * nouns (once per table)
	 * @param afterPrepare memory once the nouns are kept, after a garbage collection
	 * @param analyses each analysis's times and peak heap
	 */
	public record SetRun(int complaints, double generateSeconds, double loadSeconds, double prepareSeconds,
			ProcessMemory afterPrepare, List<Timing> analyses) {

		public SetRun {
			analyses = List.copyOf(analyses);
		}

	}

	/**
	 * One analysis on one set.
	 *
	 * @param analysis its name
	 * @param medianMs the median of the timed runs, in milliseconds
	 * @param minMs the fastest
	 * @param maxMs the slowest
	 * @param peakHeap the most heap in use during its runs, in bytes
	 * @param figures figures it gave on the last run
	 */
	public record Timing(String analysis, double medianMs, double minMs, double maxMs, long peakHeap, int figures) {
	}

	private ComplaintBenchmark() {
	}

	public static List<SetRun> run(Options options) throws IOException {
		Files.createDirectories(options.scratch());
		List<SetRun> runs = new ArrayList<>();
		for (int size : options.sizes()) {
			Path scratch = Files.createTempDirectory(options.scratch(), "bench-complaints");
			try {
				runs.add(runSet(size, options, scratch));
			}
			finally {
				deleteRecursively(scratch);
			}
		}
		return runs;
	}

	private static SetRun runSet(int size, Options options, Path scratch) throws IOException {
		long start = System.nanoTime();
		GeneratedComplaints generated = ComplaintGenerator.generate(ComplaintGenerator.SEED, size, true);
		int complaints = generated.complaints().size();
		double generate = seconds(start);
		start = System.nanoTime();
		Path file = scratch.resolve(ComplaintGenerator.FILE_NAME);
		generated.write(file);
		generated = null; // the rows are read back from the table, as the service reads
							// them
		try (Tables tables = Tables.open(scratch.resolve("data"))) {
			String tableId = tables.load("generated", "민원 접수 현황 (가상)", file).getFirst().tableId();
			Files.delete(file);
			double load = seconds(start);
			ComplaintAnalyses analyses = new ComplaintAnalyses(tables);
			start = System.nanoTime();
			analyses.terms(tableId);
			double prepare = seconds(start);
			ProcessMemory afterPrepare = ProcessMemory.retained();
			List<Timing> timings = new ArrayList<>();
			for (ComplaintAnalysis analysis : ComplaintAnalysis.values()) {
				timings.add(time(analyses, tableId, analysis, options));
			}
			return new SetRun(complaints, generate, load, prepare, afterPrepare, timings);
		}
	}

	private static Timing time(ComplaintAnalyses analyses, String tableId, ComplaintAnalysis analysis,
			Options options) {
		ComplaintQuery query = ComplaintQuery.of(tableId, analysis.wireName(), null, null, null, null, "ko", Map.of());
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		double[] ms = new double[options.iterations()];
		int figures = 0;
		for (int i = -options.warmup(); i < options.iterations(); i++) {
			long start = System.nanoTime();
			figures = analyses.analyse(query).figures().size();
			if (i >= 0) {
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		Arrays.sort(ms);
		return new Timing(analysis.wireName(), ms[ms.length / 2], ms[0], ms[ms.length - 1], peak, figures);
	}

	/** The runs as Markdown for {@code docs/benchmarks.md}. */
	public static String markdown(List<SetRun> runs, Options options) {
		StringBuilder md = new StringBuilder();
		for (SetRun run : runs) {
			md.append(String.format(
					"%,d complaints: generated in %.1f s, written and loaded as a table in %.1f s; read, masked and "
							+ "analysed into nouns once in %.1f s; after that heap %s, RSS %s (peak RSS %s)%n%n",
					run.complaints(), run.generateSeconds(), run.loadSeconds(), run.prepareSeconds(),
					mib(run.afterPrepare().heapUsed()), mib(run.afterPrepare().rss()),
					mib(run.afterPrepare().peakRss())));
			md.append(String.format("%d warm-up and %d timed runs per analysis, defaults, no filter%n%n",
					options.warmup(), options.iterations()));
			md.append("| analysis | median ms | min ms | max ms | peak heap | figures |\n|---|---|---|---|---|---|\n");
			for (Timing t : run.analyses()) {
				md.append(String.format("| %s | %.0f | %.0f | %.0f | %s | %d |%n", t.analysis(), t.medianMs(),
						t.minMs(), t.maxMs(), mib(t.peakHeap()), t.figures()));
			}
			md.append('\n');
		}
		return md.toString();
	}

	private static String mib(long bytes) {
		return bytes < 0 ? "n/a" : String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void deleteRecursively(Path dir) {
		try (var walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the scratch folder " + dir, ex);
		}
	}

}

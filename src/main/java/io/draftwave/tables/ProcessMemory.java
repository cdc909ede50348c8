package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's memory as the benchmark reports it: the JVM heap in use and the resident
 * set (heap, DuckDB's buffers and everything else native), read from
 * {@code /proc/self/status}; -1 where there is no such file (not Linux).
 *
 * @param heapUsed bytes of heap in use
 * @param rss bytes resident now ({@code VmRSS})
 * @param peakRss the most bytes resident so far ({@code VmHWM})
 */
public record ProcessMemory(long heapUsed, long rss, long peakRss) {

	private static final Path STATUS = Path.of("/proc/self/status");

	/** Now, without collecting garbage first. */
	public static ProcessMemory now() {
		Runtime runtime = Runtime.getRuntime();
		return new ProcessMemory(runtime.totalMemory() - runtime.freeMemory(), status("VmRSS:"), status("VmHWM:"));
	}

	/** After a garbage collection, so the heap is what is still reachable. */
	public static ProcessMemory retained() {
		System.gc();
		return now();
	}

	/** The larger of each figure. */
	public ProcessMemory max(ProcessMemory other) {
		return new ProcessMemory(Math.max(heapUsed, other.heapUsed), Math.max(rss, other.rss),
				Math.max(peakRss, other.peakRss));
	}

	private static long status(String key) {
		if (!Files.isReadable(STATUS)) {
			return -1;
		}
		try {
			return Files.readAllLines(STATUS)
				.stream()
				.filter(line -> line.startsWith(key))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
				.findFirst()
				.orElse(-1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + STATUS, ex);
		}
	}

}

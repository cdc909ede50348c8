package io.draftwave.eval;

import io.draftwave.corpus.IndexedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.draftwave.search.IndexSettings;
import io.draftwave.search.PassageIndex;
import io.draftwave.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Index and search speed on a BEIR dataset: in-process (index throughput, heap, search
 * latency with excerpts) and over HTTP against a running server's
 * {@code POST /api/search}. Each run is bounded by a query count and a duration,
 * whichever ends first. Not thread-safe; queries run one at a time.
 */
public final class SpeedBenchmark {

	/** Hits asked for per search, like the drafting prompt. */
	public static final int K = 10;

	/** Queries run before measuring, so that the JIT and caches are warm. */
	public static final int WARM_UP_QUERIES = 200;

	/** Timeout of one HTTP request. */
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BeirDataset dataset;

	private final int queryLimit;

	private final Duration duration;

	/**
	 * @param dataset where documents and queries come from
	 * @param queryLimit most measured searches (queries are reused in order when the
	 * dataset has fewer)
	 * @param duration longest measuring time
	 */
	public SpeedBenchmark(BeirDataset dataset, int queryLimit, Duration duration) {
		this.dataset = Objects.requireNonNull(dataset, "dataset");
		if (queryLimit < 1 || dataset.queries().isEmpty()) {
			throw new IllegalArgumentException("need at least one query");
		}
		this.queryLimit = queryLimit;
		this.duration = Objects.requireNonNull(duration, "duration");
	}

	/**
	 * Indexes the corpus in memory, then measures searches; measures in insertion order.
	 */
	public Map<String, String> inProcess(IndexSettings settings) {
		try (PassageIndex index = PassageIndex.inMemory(settings, null)) {
			return run(index, settings, RetrievalEvaluation.documents(dataset), null);
		}
	}

	/**
	 * Like {@link #inProcess} on the corpus repeated until it holds {@code passages}
	 * passages, indexed into a temporary folder that is deleted afterwards; also reports
	 * the index's size on disk. The first copy keeps the documents' ids, copy {@code n}
	 * gets {@code <id>~<n>}.
	 */
	public Map<String, String> atScale(IndexSettings settings, int passages) {
		if (passages < 1) {
			throw new IllegalArgumentException("need at least one passage");
		}
		List<IndexedDocument> documents = repeated(RetrievalEvaluation.documents(dataset), passages);
		Path folder;
		try {
			folder = Files.createTempDirectory("draftwave-bench-");
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create a folder for the index", e);
		}
		try (PassageIndex index = PassageIndex.open(folder, settings)) {
			return run(index, settings, documents, folder);
		}
		finally {
			delete(folder);
		}
	}

	/**
	 * The documents repeated in order, copies after the first with ids
	 * {@code <id>~<copy>}, up to {@code passages}.
	 */
	static List<IndexedDocument> repeated(List<IndexedDocument> documents, int passages) {
		if (documents.isEmpty()) {
			throw new IllegalArgumentException("the dataset has no documents");
		}
		List<IndexedDocument> out = new ArrayList<>();
		int count = 0;
		for (int copy = 0; count < passages; copy++) {
			for (IndexedDocument document : documents) {
				if (count >= passages) {
					break;
				}
				String id = copy == 0 ? document.documentId() : document.documentId() + "~" + copy;
				out.add(new IndexedDocument(id, document.title(), document.passages()));
				count += document.passages().size();
			}
		}
		return out;
	}

	private Map<String, String> run(PassageIndex index, IndexSettings settings, List<IndexedDocument> documents,
			@Nullable Path folder) {
		Map<String, String> report = new LinkedHashMap<>();
		long start = System.nanoTime();
		index.indexAll(documents);
		index.commit();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		int passages = index.passageCount();
		report.put("configuration", settings.name());
		report.put("passages indexed", Integer.toString(passages));
		report.put("index time (s)", fixed(seconds, 2));
		report.put("index throughput (passages/s)", fixed(passages / seconds, 0));
		if (folder != null) {
			report.put("index size on disk (MB)", fixed(size(folder) / 1048576.0, 1));
		}
		report.put("heap used after indexing (MB)", fixed(heap / 1048576.0, 1));
		Timings timings = measure(text -> index.retrieve(new SearchQuery(text, K, null, Set.of())));
		timings.into("in-process search", report);
		return report;
	}

	private static long size(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sum();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot measure the index at " + folder, e);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete the index at " + folder, e);
		}
	}

	/**
	 * Sends {@code {"query", "k"}} to {@code <baseUrl>/api/search}; measures in insertion
	 * order.
	 */
	public Map<String, String> overHttp(URI baseUrl) {
		URI endpoint = baseUrl.resolve("/api/search");
		Map<String, String> report = new LinkedHashMap<>();
		int[] failures = { 0 };
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(REQUEST_TIMEOUT)
			.build()) {
			Timings timings = measure(text -> {
				HttpRequest request = HttpRequest.newBuilder(endpoint)
					.timeout(REQUEST_TIMEOUT)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", text, "k", K))))
					.build();
				try {
					HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() / 100 != 2) {
						failures[0]++;
					}
				}
				catch (IOException e) {
					failures[0]++;
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", e);
				}
			});
			report.put("endpoint", endpoint.toString());
			timings.into("HTTP search", report);
			report.put("HTTP failures (non-2xx or I/O)", Integer.toString(failures[0]));
		}
		return report;
	}

	private Timings measure(Consumer<String> search) {
		List<String> texts = dataset.queries().stream().map(BeirQuery::text).filter(t -> !t.isBlank()).toList();
		for (int i = 0; i < Math.min(WARM_UP_QUERIES, queryLimit); i++) {
			search.accept(texts.get(i % texts.size()));
		}
		List<Long> latencies = new ArrayList<>();
		long deadline = System.nanoTime() + duration.toNanos();
		long start = System.nanoTime();
		while (latencies.size() < queryLimit && System.nanoTime() < deadline) {
			long before = System.nanoTime();
			search.accept(texts.get(latencies.size() % texts.size()));
			latencies.add(System.nanoTime() - before);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Timings(latencies.stream().mapToLong(Long::longValue).toArray(), seconds);
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** Formats a report as a two-column Markdown table. */
	public static String toMarkdown(String title, Map<String, String> report) {
		StringBuilder out = new StringBuilder("| ").append(title).append(" | |\n|---|---:|\n");
		report.forEach((key, value) -> out.append("| ").append(key).append(" | ").append(value).append(" |\n"));
		return out.toString();
	}

	private record Timings(long[] nanos, double seconds) {

		void into(String label, Map<String, String> report) {
			report.put(label + " requests", Integer.toString(nanos.length));
			report.put(label + " p50 (ms)", fixed(Latencies.percentileMillis(nanos, 50), 2));
			report.put(label + " p99 (ms)", fixed(Latencies.percentileMillis(nanos, 99), 2));
			report.put(label + " throughput (requests/s, 1 client)", fixed(nanos.length / Math.max(seconds, 1e-9), 0));
		}

	}

}

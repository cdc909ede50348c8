package io.draftwave.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Many streamed drafts at once against a running service: {@code drafts} requests to
 * {@code /api/drafts/stream} are released together, each on its own connection, and each
 * is read to its {@code done} event, whose mode tells whether the model wrote it. A draft
 * fails when its status is not 200, it sends an {@code error} event, it ends without
 * {@code done}, or it is not done within the limit. While they run, the service's
 * resident memory and heap in use are sampled every half second; afterwards one ordinary
 * {@code POST /api/drafts} shows that the service still answers.
 */
public final class DraftLoad {

	/**
	 * How one streamed draft went; times from its start, in nanoseconds, -1 when not
	 * reached.
	 */
	private record Outcome(long firstEvent, long firstDelta, long done, @Nullable String error, String mode) {

		Outcome(long firstEvent, long firstDelta, long done, @Nullable String error) {
			this(firstEvent, firstDelta, done, error, "");
		}

	}

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(30))
		.executor(threads)
		.build();

	/**
	 * @param service the service under load
	 * @param instructions what every draft asks for
	 * @param drafts how many streamed drafts run at once
	 * @param limit the longest the whole run may take; drafts not done by then count as
	 * errors
	 * @return the figures, in report order
	 */
	public Map<String, String> run(ServiceProcess service, String instructions, int drafts, Duration limit)
			throws InterruptedException {
		String body = "{\"kind\":\"answer\",\"instructions\":\"" + instructions.replace("\"", "\\\"") + "\"}";
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> running = new ArrayList<>();
		for (int i = 0; i < drafts; i++) {
			running.add(threads.submit(() -> {
				go.await();
				return stream(service.baseUrl(), body);
			}));
		}
		Peak rss = new Peak(() -> service.residentBytes().orElse(0));
		Peak heap = new Peak(() -> service.heapUsedBytes().orElse(0));
		long start = System.nanoTime();
		go.countDown();
		List<Outcome> outcomes = collect(running, start + limit.toNanos(), rss, heap);
		double wallSeconds = (System.nanoTime() - start) / 1e9;
		Map<String, String> report = new LinkedHashMap<>();
		report.put("streamed drafts at once", Integer.toString(drafts));
		List<Outcome> failed = outcomes.stream().filter(o -> o.error() != null).toList();
		report.put("errors", Integer.toString(failed.size()));
		Set<String> reasons = new TreeSet<>();
		failed.forEach(o -> reasons.add(o.error()));
		if (!reasons.isEmpty()) {
			report.put("error reasons", String.join("; ", reasons.stream().limit(5).toList()));
		}
		report.put("done by the model (mode llm)",
				Long.toString(outcomes.stream().filter(o -> o.mode().equals("llm")).count()));
		report.put("done by the extractive drafter standing in",
				Long.toString(outcomes.stream().filter(o -> o.mode().equals("extractive")).count()));
		times(report, "time to first event (sources)", outcomes.stream().mapToLong(Outcome::firstEvent));
		times(report, "time to first delta", outcomes.stream().mapToLong(Outcome::firstDelta));
		times(report, "time to done", outcomes.stream().mapToLong(Outcome::done));
		report.put("wall time (s)", String.format(Locale.ROOT, "%.1f", wallSeconds));
		report.put("service peak RSS (MB)", megabytes(rss.max()));
		report.put("service peak heap used (MB)", megabytes(heap.max()));
		report.put("service RSS after (MB)", megabytes(service.residentBytes().orElse(0)));
		report.put("service heap used after (MB)", megabytes(service.heapUsedBytes().orElse(0)));
		report.put("ordinary draft afterwards", ordinaryDraft(service.baseUrl(), body));
		threads.shutdownNow();
		return report;
	}

	private List<Outcome> collect(List<Future<Outcome>> running, long deadline, Peak... peaks)
			throws InterruptedException {
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> draft : running) {
			Outcome outcome = null;
			while (outcome == null) {
				for (Peak peak : peaks) {
					peak.sample();
				}
				long left = deadline - System.nanoTime();
				try {
					outcome = draft.get(Math.max(0, Math.min(left, 500_000_000L)), TimeUnit.NANOSECONDS);
				}
				catch (java.util.concurrent.TimeoutException ex) {
					if (left <= 0) {
						draft.cancel(true);
						outcome = new Outcome(-1, -1, -1, "not done within the limit");
					}
				}
				catch (java.util.concurrent.ExecutionException ex) {
					outcome = new Outcome(-1, -1, -1, String.valueOf(ex.getCause()));
				}
			}
			outcomes.add(outcome);
		}
		return outcomes;
	}

	private Outcome stream(String service, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/api/drafts/stream"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long start = System.nanoTime();
		long firstEvent = -1;
		long firstDelta = -1;
		try {
			HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
			try (Stream<String> lines = response.body()) {
				if (response.statusCode() != 200) {
					return new Outcome(-1, -1, -1, "HTTP " + response.statusCode());
				}
				Iterator<String> it = lines.iterator();
				while (it.hasNext()) {
					String line = it.next();
					if (!line.startsWith("event:")) {
						continue;
					}
					long at = System.nanoTime() - start;
					firstEvent = firstEvent < 0 ? at : firstEvent;
					String event = line.substring(6).strip();
					if (event.equals("delta") && firstDelta < 0) {
						firstDelta = at;
					}
					if (event.equals("error")) {
						return new Outcome(firstEvent, firstDelta, -1, "error event");
					}
					if (event.equals("done")) {
						String data = it.hasNext() ? it.next() : "";
						String mode = data.contains("\"mode\":\"llm\"") ? "llm"
								: data.contains("\"mode\":\"extractive\"") ? "extractive" : "unknown";
						return new Outcome(firstEvent, firstDelta, at, null, mode);
					}
				}
				return new Outcome(firstEvent, firstDelta, -1, "stream ended without done");
			}
		}
		catch (IOException ex) {
			return new Outcome(firstEvent, firstDelta, -1, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(firstEvent, firstDelta, -1, "interrupted");
		}
	}

	private String ordinaryDraft(String service, String body) throws InterruptedException {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(service + "/api/drafts"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			String mode = response.body().contains("\"mode\":\"llm\"") ? "mode llm"
					: response.body().contains("\"mode\":\"extractive\"") ? "mode extractive" : "no draft";
			return String.format(Locale.ROOT, "HTTP %d, %s, %.0f ms", response.statusCode(), mode,
					(System.nanoTime() - start) / 1e6);
		}
		catch (IOException ex) {
			return "failed: " + ex.getMessage();
		}
	}

	private static void times(Map<String, String> report, String name, java.util.stream.LongStream nanos) {
		long[] reached = nanos.filter(n -> n >= 0).toArray();
		report.put(name + " p50 (ms)", String.format(Locale.ROOT, "%.0f", Latencies.percentileMillis(reached, 50)));
		report.put(name + " p99 (ms)", String.format(Locale.ROOT, "%.0f", Latencies.percentileMillis(reached, 99)));
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0);
	}

	/** The largest of the values a reading gave. */
	private static final class Peak {

		private final LongSupplier reading;

		private final AtomicLong max = new AtomicLong();

		private long lastSample;

		Peak(LongSupplier reading) {
			this.reading = reading;
		}

		void sample() {
			long now = System.nanoTime();
			if (now - lastSample >= 500_000_000L) {
				lastSample = now;
				max.accumulateAndGet(reading.getAsLong(), Math::max);
			}
		}

		long max() {
			sample();
			return max.get();
		}

	}

}

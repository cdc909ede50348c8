package io.draftwave.cli;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.draftwave.audit.AuditEvent;
import io.draftwave.audit.AuditKind;
import io.draftwave.audit.AuditProperties;
import io.draftwave.audit.AuditStore;
import io.draftwave.audit.AuditTrail;
import io.draftwave.eval.ServiceProcess;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the audit trail costs: draft latency with and without it, and how many events its
 * writer commits per second.
 */
@Command(name = "bench-audit", mixinStandardHelpOptions = true,
		description = { "Start the service from this jar twice (taskset -c CPUS, -Xmx HEAP, CORPUS indexed), once with "
				+ "the audit trail and once with draftwave.audit.enabled=false, and send DRAFTS extractive drafts one "
				+ "after the other to each in turn (after a warm-up), reporting p50/p90/p99 of each; then write EVENTS "
				+ "audit events into a scratch H2 database from WRITERS threads and from one, reporting events/s." })
class AuditBenchCommand implements Callable<Integer> {

	private static final String DRAFT = "{\"kind\":\"answer\",\"instructions\":\"2024년 데이터 인재 양성 교육 참여 인원은?\"}";

	@Option(names = "--drafts", defaultValue = "400",
			description = "Measured drafts per service (default: ${DEFAULT-VALUE}).")
	int drafts;

	@Option(names = "--warm-up", defaultValue = "100",
			description = "Drafts before measuring (default: ${DEFAULT-VALUE}).")
	int warmUp;

	@Option(names = "--corpus", defaultValue = "./corpus", description = "Folder to index (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--heap", defaultValue = "512m", description = "Each service's -Xmx (default: ${DEFAULT-VALUE}).")
	String heap;

	@Option(names = "--cpus", defaultValue = "0,1",
			description = "CPUs the services are pinned to; empty: not pinned (default: ${DEFAULT-VALUE}).")
	String cpus;

	@Option(names = "--events", defaultValue = "5000", description = "Events written (default: ${DEFAULT-VALUE}).")
	int events;

	@Option(names = "--writers", defaultValue = "32",
			description = "Threads recording at once (default: ${DEFAULT-VALUE}).")
	int writers;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Override
	public Integer call() throws Exception {
		Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
		if (!jar.toString().endsWith(".jar")) {
			throw new IllegalStateException(
					"bench-audit starts the service from the packaged jar: run it with java -jar");
		}
		Path work = Files.createTempDirectory("draftwave-bench-audit");
		try (ServiceProcess on = start(jar, work.resolve("on"), true);
				ServiceProcess off = start(jar, work.resolve("off"), false)) {
			for (int i = 0; i < warmUp; i++) {
				draft(on);
				draft(off);
			}
			long[] withAudit = new long[drafts];
			long[] without = new long[drafts];
			for (int i = 0; i < drafts; i++) {
				// in turn, so that both see the same machine at the same moments
				withAudit[i] = draft(on);
				without[i] = draft(off);
			}
			System.out.printf("| drafts one at a time (%d each, after %d) | p50 ms | p90 ms | p99 ms |%n", drafts,
					warmUp);
			System.out.println("|---|---|---|---|");
			row("audit trail on", withAudit);
			row("audit trail off", without);
			double p50 = millis(withAudit, 50) - millis(without, 50);
			System.out.printf("p50 difference: %+.2f ms (%+.1f %%)%n", p50, 100 * p50 / millis(without, 50));
		}
		throughput(work.resolve("events"));
		return 0;
	}

	private ServiceProcess start(Path jar, Path dir, boolean audit) throws Exception {
		Files.createDirectories(dir);
		return ServiceProcess.start(jar, cpus, heap, freePort(),
				List.of("--draftwave.data-dir=" + dir.resolve("data"),
						"--draftwave.corpus.dirs=" + corpus.toAbsolutePath(), "--draftwave.audit.enabled=" + audit,
						"--logging.level.root=warn"),
				dir, Duration.ofMinutes(5));
	}

	private long draft(ServiceProcess service) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/drafts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(DRAFT, StandardCharsets.UTF_8))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("a draft failed: " + response.statusCode() + " " + response.body());
		}
		return took;
	}

	private void throughput(Path dir) throws Exception {
		String settings = "/db/draftwave;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
		Flyway.configure().dataSource("jdbc:h2:file:retry:" + dir + settings, "draftwave", "").load().migrate();
		ConnectionFactory connections = ConnectionFactories
			.get("r2dbc:h2:file:///retry:" + dir + settings + ";USER=draftwave;PASSWORD=");
		AuditTrail trail = new AuditTrail(new AuditStore(connections),
				new AuditProperties(Duration.ofDays(365), Duration.ofDays(1), Duration.ofSeconds(30), false),
				Clock.systemUTC());
		trail.start();
		try {
			ExecutorService threads = Executors.newFixedThreadPool(writers);
			long started = System.nanoTime();
			List<Future<?>> done = new java.util.ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				done.add(threads.submit(() -> {
					for (int i = writer; i < events; i += writers) {
						trail.record(event(i)).block();
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			double concurrent = events / ((System.nanoTime() - started) / 1e9);
			threads.shutdown();
			int single = Math.min(events, 2000);
			started = System.nanoTime();
			for (int i = 0; i < single; i++) {
				trail.record(event(i)).block();
			}
			double oneByOne = single / ((System.nanoTime() - started) / 1e9);
			System.out.printf("audit writes (H2 file, one commit per batch): %,.0f events/s from %d threads waiting "
					+ "on their events; %,.0f events/s one at a time%n", concurrent, writers, oneByOne);
		}
		finally {
			trail.stop();
		}
	}

	private static AuditEvent event(int i) {
		return new AuditEvent(Instant.now(), "press-office", "official", "10.0.3.7", AuditKind.DRAFT,
				"POST /api/drafts", "{\"kind\":\"answer\",\"instructions\":\"2024년 데이터 인재 양성 교육 참여 인원은? " + i + "\"}",
				List.of("72a8b254b6a1ee2e-1", "72a8b254b6a1ee2e-3"), List.of(), "extractive", null, false, null,
				"draft-" + i, List.of(), 200, "ok", 40);
	}

	private static void row(String name, long[] nanos) {
		System.out.printf("| %s | %.2f | %.2f | %.2f |%n", name, millis(nanos, 50), millis(nanos, 90),
				millis(nanos, 99));
	}

	private static double millis(long[] nanos, double p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

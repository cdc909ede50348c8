package io.draftwave.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service started from the packaged jar in a process of its own, on loopback, for a
 * load test: {@code taskset -c <cpus> java -Xmx<heap> -jar draftwave.jar --server.port=…}
 * with its output in a log file. It reports its resident memory ({@code VmRSS} of
 * {@code /proc/<pid>/status}) and the JVM's heap in use (actuator metric
 * {@code jvm.memory.used}, area {@code heap}). {@link #close()} stops it, forcibly after
 * 20 s.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private ServiceProcess(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the service and waits until it is up and has indexed its corpus.
	 * @param jar the packaged jar
	 * @param cpus CPUs to pin it to, as {@code taskset -c} takes them ({@code 0,1});
	 * empty: not pinned
	 * @param heap the JVM's largest heap, as {@code -Xmx} takes it ({@code 512m})
	 * @param port a free loopback port
	 * @param arguments further {@code --key=value} settings
	 * @param ready the longest wait for start-up and indexing
	 * @throws IllegalStateException when it exits or is not ready in time (the log's last
	 * lines say why)
	 */
	public static ServiceProcess start(Path jar, String cpus, String heap, int port, List<String> arguments,
			Path workDir, Duration ready) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (!cpus.isBlank()) {
			command.addAll(List.of("taskset", "-c", cpus));
		}
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx" + heap, "-jar", jar.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--management.endpoints.web.exposure.include=health,metrics"));
		command.addAll(arguments);
		Path log = workDir.resolve("service.log");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		ServiceProcess service = new ServiceProcess(process, "http://127.0.0.1:" + port, log);
		service.awaitReady(ready);
		return service;
	}

	/** The service's base URL, {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return baseUrl;
	}

	/** The process id. */
	public long pid() {
		return process.pid();
	}

	/**
	 * Resident memory of the process in bytes, from {@code /proc/<pid>/status}; empty
	 * when unreadable.
	 */
	public OptionalLong residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					String[] parts = line.substring(6).trim().split("\\s+");
					return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
		return OptionalLong.empty();
	}

	/**
	 * Heap in use in bytes, from the actuator's {@code jvm.memory.used}; empty when it
	 * does not answer.
	 */
	public OptionalLong heapUsedBytes() {
		try {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			Matcher value = VALUE.matcher(response.body());
			return response.statusCode() == 200 && value.find()
					? OptionalLong.of((long) Double.parseDouble(value.group(1))) : OptionalLong.empty();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalLong.empty();
		}
	}

	private void awaitReady(Duration limit) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service exited with " + process.exitValue() + ": " + tail());
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"folders\":\"done\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the service was not ready within " + limit.toSeconds() + " s: " + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}

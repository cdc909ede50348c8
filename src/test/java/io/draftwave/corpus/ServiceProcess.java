package io.draftwave.corpus;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service started as a separate JVM on the test classpath, so that a test can kill it
 * with SIGKILL and start it again on the same data folder. Talks to it over loopback
 * HTTP. Its records are in H2 under the data folder, or, when {@link TestPostgres} is
 * configured, in a PostgreSQL schema that belongs to the data folder.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static ServiceProcess start(Path dataDir, Path corpusDir, Path log)
			throws IOException, InterruptedException {
		return start(dataDir, corpusDir, log, List.of());
	}

	/**
	 * Starts the service with further command-line settings, e.g.
	 * {@code --draftwave.lab.concurrency=1}.
	 */
	public static ServiceProcess start(Path dataDir, Path corpusDir, Path log, List<String> settings)
			throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
						"io.draftwave.DraftwaveApplication", "--server.port=" + port, "--draftwave.data-dir=" + dataDir,
						"--draftwave.corpus.dirs=" + corpusDir, "--draftwave.corpus.commit-every=50"));
		// on the test PostgreSQL when one is configured, in a schema of this data
		// folder's own
		TestPostgres.configured().ifPresent(postgres -> command.addAll(postgres.arguments(dataDir)));
		command.addAll(settings);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		ServiceProcess service = new ServiceProcess(process, port, log);
		service.awaitHealthy(Duration.ofSeconds(90));
		return service;
	}

	private void awaitHealthy(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service exited with code " + process.exitValue());
			}
			try {
				HttpResponse<String> r = http.send(request("/actuator/health").GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the service was not healthy within " + limit);
	}

	/** Uploads a Markdown file; returns the response status and body. */
	public HttpResponse<String> upload(String fileName, String markdown) throws IOException, InterruptedException {
		String boundary = UUID.randomUUID().toString();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/markdown\r\n\r\n" + markdown + "\r\n--" + boundary + "--\r\n";
		return http.send(request("/api/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a JSON body; returns the response status and body. */
	public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Reads a JSON answer. */
	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	public JsonNode get(String path) throws IOException, InterruptedException {
		HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(r.body());
	}

	public int status(String path) throws IOException, InterruptedException {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	JsonNode search(String query) throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(java.util.Map.of("query", query, "k", 5));
		try {
			HttpResponse<String> r = http.send(request("/api/search").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(r.body());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			dumpThreads();
			throw ex;
		}
	}

	/** Appends the service's thread dump to its log, to see what a request waited for. */
	private void dumpThreads() throws IOException, InterruptedException {
		Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
		new ProcessBuilder(jstack.toString(), Long.toString(process.pid())).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start()
			.waitFor();
	}

	static String id(String json) {
		return JSON.readTree(json).get("id").asString();
	}

	int delete(String path) throws IOException, InterruptedException {
		return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The loopback port it listens on, for clients that talk to it with raw sockets. */
	int port() {
		return port;
	}

	/**
	 * SIGTERM, as a service manager stops it, and waits for the process to end.
	 * @return the exit code
	 * @throws IllegalStateException when it has not ended within the limit (it is then
	 * killed)
	 */
	int terminate(Duration limit) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			kill();
			throw new IllegalStateException("the service did not stop within " + limit + " of SIGTERM");
		}
		return process.exitValue();
	}

	/** SIGKILL: no shutdown hook, no flush. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
	}

	@Override
	public void close() throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	/**
	 * A made-up word unique to i, e.g. {@code word("u", 3)} is {@code "zuqd"}: no
	 * stemming collisions.
	 */
	static String word(String prefix, int i) {
		StringBuilder s = new StringBuilder("z").append(prefix).append('q');
		for (char c : Integer.toString(i, 26).toCharArray()) {
			s.append((char) ('a' + Character.digit(c, 26)));
		}
		return s.toString();
	}

	/**
	 * Writes {@code files} small Markdown documents into the folder, document i holding
	 * {@code word("f", i)}.
	 */
	static void writeFolder(Path corpus, int files) throws IOException {
		for (int i = 0; i < files; i++) {
			Files.writeString(corpus.resolve("문서 " + i + ".md"),
					"# 폴더 문서 " + i + "\n\n이 문서는 " + word("f", i) + " 항목을 다룬다. 교육 계획의 일부이다.\n", StandardCharsets.UTF_8);
		}
	}

}

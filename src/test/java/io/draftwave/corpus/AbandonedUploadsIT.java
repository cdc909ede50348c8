package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Clients that give up on their uploads at every point of the request: before the body is
 * complete, right after it, and while the service reads, stores and indexes it (closing 0
 * to 420 ms after the last byte, some with a reset), many at once. The store must survive
 * all of it: later uploads succeed, nothing in the log says a store file was closed by an
 * interrupt, and after kill -9 and a restart every upload that was answered 201 is there,
 * indexed and searchable.
 */
class AbandonedUploadsIT {

	private static final int ABANDONED = 360;

	private static final int AT_ONCE = 12;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]+)\"");

	@TempDir
	Path temp;

	@Test
	void should_keep_every_acknowledged_upload_and_stay_usable_when_clients_abandon_uploads() throws Exception {
		// given a running service
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path data = temp.resolve("data");
		Path log = Path.of("target", "abandoned-uploads-service.log");
		Files.deleteIfExists(log);
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		ServiceProcess service = ServiceProcess.start(data, corpus, log);

		// when hundreds of clients abandon their uploads, twelve at a time
		ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
		List<Future<?>> sent = new ArrayList<>();
		for (int i = 0; i < ABANDONED; i++) {
			int n = i;
			sent.add(clients.submit(() -> {
				abandon(service.port(), n, acknowledged);
				return null;
			}));
		}
		for (Future<?> f : sent) {
			f.get(2, TimeUnit.MINUTES);
		}
		clients.shutdown();

		// then uploads after the storm succeed
		for (int i = 0; i < 10; i++) {
			String word = ServiceProcess.word("after", i);
			var response = service.upload("이후 " + i + ".md", "# 이후 " + i + "\n\n민원 답변 " + word + " 사례이다.\n");
			assertThat(response.statusCode()).as("upload %d after the abandoned ones: %s", i, response.body())
				.isEqualTo(201);
			acknowledged.put(ServiceProcess.id(response.body()), word);
		}
		assertThat(service.get("/actuator/health").get("status").asString()).isEqualTo("UP");
		assertThat(Files.readString(log)).doesNotContain("ClosedByInterruptException")
			.doesNotContain("MVStoreException")
			.doesNotContain("AlreadyClosedException");
		assertThat(acknowledged.size()).as("uploads answered 201 before their client left").isGreaterThan(10);
		service.kill();

		// and after kill -9 and a restart every acknowledged upload is there and
		// searchable
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			for (var entry : acknowledged.entrySet()) {
				JsonNode document = restarted.get("/api/documents/" + entry.getKey());
				assertThat(document.get("status").asString()).as("document %s", entry.getKey()).isEqualTo("indexed");
				JsonNode hits = restarted.search(entry.getValue()).get("hits");
				assertThat(hits.size()).as("hits for %s", entry.getValue()).isGreaterThan(0);
				assertThat(hits.get(0).get("documentId").asString()).isEqualTo(entry.getKey());
			}
			for (JsonNode document : restarted.get("/api/documents")) {
				assertThat(document.get("status").asString()).as("document %s", document.get("id"))
					.isEqualTo("indexed");
			}
		}
	}

	/**
	 * One client: every fourth stops half-way through the body; the others send it whole,
	 * read whatever answer comes within their delay, and close (every other one with a
	 * reset). An upload counts as acknowledged when its client read the 201 with the
	 * document's id.
	 */
	private static void abandon(int port, int n, Map<String, String> acknowledged) throws IOException {
		String word = ServiceProcess.word("gone", n);
		byte[] request = request(port, "버려진 " + n + ".md", "# 버려진 업로드 " + n + "\n\n이 문서는 " + word + " 항목을 다룬다.\n");
		// every eighth client waits long enough for most answers, so that some 201s are
		// seen
		int delayMs = n % 8 == 1 ? 5_000 : (n * 37) % 421;
		try (Socket socket = new Socket("127.0.0.1", port)) {
			if (n % 2 == 0) {
				socket.setSoLinger(true, 0);
			}
			OutputStream out = socket.getOutputStream();
			if (n % 4 == 3) {
				out.write(request, 0, request.length / 2);
				out.flush();
				return;
			}
			out.write(request);
			out.flush();
			if (delayMs == 0) {
				return;
			}
			socket.setSoTimeout(delayMs);
			String answer = readUntilTimeout(socket.getInputStream());
			if (answer.startsWith("HTTP/1.1 201")) {
				Matcher id = ID.matcher(answer);
				if (id.find()) {
					acknowledged.put(id.group(1), word);
				}
			}
		}
	}

	private static String readUntilTimeout(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		try {
			for (int r; (r = in.read(buffer)) > 0;) {
				answer.write(buffer, 0, r);
				if (ID.matcher(answer.toString(StandardCharsets.UTF_8)).find()) {
					break;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			// the client's patience ran out: it leaves with what it has
		}
		return answer.toString(StandardCharsets.UTF_8);
	}

	private static byte[] request(int port, String fileName, String markdown) {
		String boundary = "----draftwave" + Integer.toHexString(fileName.hashCode());
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/markdown\r\n\r\n" + markdown + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
				+ "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		return request;
	}

}

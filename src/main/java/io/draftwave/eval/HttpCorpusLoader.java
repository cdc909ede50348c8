package io.draftwave.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads a BEIR corpus into a running service through {@code POST /api/documents}, one
 * plain-text file per record ({@code <_id>.txt}: title, blank line, text), and measures
 * the service's ingestion rate: every upload is parsed, stored, indexed and committed
 * before it is answered. Point it at a scratch service (its own
 * {@code draftwave.data-dir}), never at one in use.
 */
public final class HttpCorpusLoader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BeirDataset dataset;

	public HttpCorpusLoader(BeirDataset dataset) {
		this.dataset = dataset;
	}

	/**
	 * Uploads every record, one at a time, with a progress bar on standard error.
	 * @return documents, passages, seconds, documents/s, passages/s and failed uploads
	 */
	public Map<String, String> load(URI baseUrl) {
		URI endpoint = baseUrl.resolve("/api/documents");
		int passages = 0;
		int failures = 0;
		long start = System.nanoTime();
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(SpeedBenchmark.REQUEST_TIMEOUT)
			.build();
				ProgressBar bar = new ProgressBarBuilder().setTaskName("Uploading " + dataset.name())
					.setInitialMax(dataset.documents().size())
					.setConsumer(new ConsoleProgressBarConsumer(System.err))
					.build()) {
			for (BeirDocument document : dataset.documents()) {
				HttpResponse<String> response = upload(client, endpoint, document);
				if (response.statusCode() / 100 == 2) {
					passages += JSON.readTree(response.body()).get("passageCount").asInt();
				}
				else {
					failures++;
				}
				bar.step();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int documents = dataset.documents().size() - failures;
		Map<String, String> report = new LinkedHashMap<>();
		report.put("endpoint", endpoint.toString());
		report.put("documents uploaded", Integer.toString(documents));
		report.put("passages indexed", Integer.toString(passages));
		report.put("upload time (s)", String.format(java.util.Locale.ROOT, "%.2f", seconds));
		report.put("ingest throughput (documents/s)",
				String.format(java.util.Locale.ROOT, "%.1f", documents / seconds));
		report.put("ingest throughput (passages/s)", String.format(java.util.Locale.ROOT, "%.1f", passages / seconds));
		report.put("failed uploads", Integer.toString(failures));
		return report;
	}

	private static HttpResponse<String> upload(HttpClient client, URI endpoint, BeirDocument document) {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + document.id()
				+ ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes((document.title() + "\n\n" + document.text()).getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(SpeedBenchmark.REQUEST_TIMEOUT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"upload of " + document.id() + " to " + endpoint + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}

package io.draftwave.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures what the service adds to a language model's own time: the same streamed reply
 * is fetched straight from a {@link StubModelServer} and through the service's
 * {@code /api/drafts/stream} (retrieval, prompt, masking, marker tracking, citation
 * check), and the time to the first piece of text and to the end are compared; through
 * the service, the time to its {@code sources} event (retrieval and selection done)
 * splits the first text's time into retrieval and the model call. Requests alternate
 * between the two, one at a time, so both see the same machine.
 */
public final class DraftOverheadBenchmark {

	private static final String REQUEST_TO_MODEL = "{\"model\":\"stub\",\"stream\":true,"
			+ "\"messages\":[{\"role\":\"user\",\"content\":\"2024년 교육 참여 인원은?\"}]}";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * Time to the first piece of text and to the end of one streamed reply, and (through
	 * the service) to its {@code sources} event, which follows retrieval; in
	 * milliseconds, -1 when absent.
	 */
	record Timing(double firstMs, double totalMs, double sourcesMs) {
	}

	/**
	 * Runs {@code requests} pairs after {@code warmUp} unmeasured ones.
	 * @param model the stub's base URL ({@code …/v1})
	 * @param service the service's base URL
	 * @param instructions what the service is asked to draft
	 * @return medians and 95th percentiles of both paths and their ratios
	 */
	public Map<String, String> run(String model, String service, String instructions, int warmUp, int requests) {
		String draftBody = "{\"kind\":\"answer\",\"instructions\":\"" + instructions.replace("\"", "\\\"") + "\"}";
		List<Timing> direct = new ArrayList<>();
		List<Timing> through = new ArrayList<>();
		for (int i = 0; i < warmUp + requests; i++) {
			Timing d = time(model + "/chat/completions", REQUEST_TO_MODEL, "data: {", "data: [DONE]");
			Timing s = time(service + "/api/drafts/stream", draftBody, "event:delta", "event:done");
			if (i >= warmUp) {
				direct.add(d);
				through.add(s);
			}
		}
		Map<String, String> report = new LinkedHashMap<>();
		report.put("requests per path", Integer.toString(requests));
		add(report, "first text, model directly", direct.stream().map(Timing::firstMs).toList());
		add(report, "first text, through the service", through.stream().map(Timing::firstMs).toList());
		add(report, "sources event (retrieval), through the service", through.stream().map(Timing::sourcesMs).toList());
		add(report, "first text after the sources event, through the service",
				through.stream().map(t -> t.firstMs() - t.sourcesMs()).toList());
		add(report, "whole reply, model directly", direct.stream().map(Timing::totalMs).toList());
		add(report, "whole reply, through the service", through.stream().map(Timing::totalMs).toList());
		report.put("first text ratio (service / model, p50)",
				ratio(through.stream().map(Timing::firstMs).toList(), direct.stream().map(Timing::firstMs).toList()));
		report.put("whole reply ratio (service / model, p50)",
				ratio(through.stream().map(Timing::totalMs).toList(), direct.stream().map(Timing::totalMs).toList()));
		return report;
	}

	private Timing time(String url, String body, String firstMarker, String endMarker) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long start = System.nanoTime();
		double first = -1;
		double sources = -1;
		try {
			HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
			try (Stream<String> lines = response.body()) {
				Iterator<String> it = lines.iterator();
				while (it.hasNext()) {
					String line = it.next();
					if (sources < 0 && line.startsWith("event:sources")) {
						sources = (System.nanoTime() - start) / 1e6;
					}
					if (first < 0 && line.startsWith(firstMarker)) {
						first = (System.nanoTime() - start) / 1e6;
					}
					if (line.startsWith(endMarker)) {
						break;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("request to " + url + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		return new Timing(first, (System.nanoTime() - start) / 1e6, sources);
	}

	private static void add(Map<String, String> report, String name, List<Double> values) {
		report.put(name + " p50 (ms)", fixed(percentile(values, 50)));
		report.put(name + " p95 (ms)", fixed(percentile(values, 95)));
	}

	private static String ratio(List<Double> a, List<Double> b) {
		return String.format(Locale.ROOT, "%.2f", percentile(a, 50) / percentile(b, 50));
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String fixed(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}

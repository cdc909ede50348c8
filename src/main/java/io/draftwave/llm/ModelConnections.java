package io.draftwave.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One JDK {@link HttpClient} per model endpoint (scheme, host and port), made on first
 * use and shared by every call to that endpoint, so that calls reuse kept-alive
 * connections instead of opening one each. Plain {@code http} endpoints are spoken to in
 * HTTP/1.1 (an h2c upgrade gains nothing on loopback and some OpenAI-compatible servers
 * mishandle it); {@code https} endpoints in HTTP/2 when the server offers it, else
 * HTTP/1.1. The clients read the model's streams on virtual threads, so a thousand
 * streams open at once cost no thousand platform threads. A single call is ended by
 * {@link AbortableHttpClientBuilder#abort()} without touching the other calls.
 * Thread-safe; {@link #close()} shuts every client down.
 */
final class ModelConnections implements AutoCloseable {

	private final Duration connectTimeout;

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	/**
	 * @param connectTimeout the longest wait for a new connection to an endpoint
	 */
	public ModelConnections(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/** The client shared by every call to the endpoint of {@code baseUrl}. */
	HttpClient client(URI baseUrl) {
		String scheme = String.valueOf(baseUrl.getScheme()).toLowerCase(Locale.ROOT);
		String key = scheme + "://" + baseUrl.getAuthority();
		return clients.computeIfAbsent(key,
				k -> HttpClient.newBuilder()
					.version(scheme.equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
					.connectTimeout(connectTimeout)
					.executor(executor)
					.build());
	}

	/** The number of endpoints with a client, for tests and diagnostics. */
	int endpoints() {
		return clients.size();
	}

	@Override
	public void close() {
		clients.values().forEach(HttpClient::shutdownNow);
		clients.clear();
		executor.shutdownNow();
	}

}

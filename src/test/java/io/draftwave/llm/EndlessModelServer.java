package io.draftwave.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A model endpoint that never finishes: it sends its first events, then keeps writing SSE
 * comments for {@link #STREAM_FOR} and records the write that fails once the client has
 * gone, so a test can prove that the client closed the connection.
 */
public final class EndlessModelServer implements AutoCloseable {

	/** How long the server keeps writing when nobody closes the connection. */
	public static final Duration STREAM_FOR = Duration.ofSeconds(15);

	private final CountDownLatch requestArrived = new CountDownLatch(1);

	private final CountDownLatch clientGone = new CountDownLatch(1);

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final HttpServer server;

	private final String firstEvents;

	/**
	 * Starts the server on a free loopback port; {@code firstEvents} is raw SSE text, may
	 * be empty.
	 */
	public EndlessModelServer(String firstEvents) {
		this.firstEvents = firstEvents;
		try {
			server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(executor);
		server.createContext("/v1/chat/completions", this::stream);
		server.start();
	}

	/** The base URL ending in {@code /v1}. */
	public String baseUrl() {
		return "http://localhost:" + server.getAddress().getPort() + "/v1";
	}

	/** Waits until a request has arrived. */
	public boolean awaitRequest(Duration limit) throws InterruptedException {
		return requestArrived.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Waits until a write failed because the client closed the connection. */
	public boolean awaitClientGone(Duration limit) throws InterruptedException {
		return clientGone.await(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void stream(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		requestArrived.countDown();
		long until = System.nanoTime() + STREAM_FOR.toNanos();
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(firstEvents.getBytes(StandardCharsets.UTF_8));
			out.flush();
			while (System.nanoTime() < until) {
				Thread.sleep(50);
				out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
		}
		catch (IOException ex) {
			clientGone.countDown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}

package io.draftwave.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a language model on loopback that speaks OpenAI's streaming chat
 * completions: every request gets the same pieces, one SSE chunk each, with a fixed pause
 * before each piece. For measuring what the service adds on top of a model; it does not
 * read the request.
 */
public final class StubModelServer implements AutoCloseable {

	/** Connections waiting to be accepted, at most (the system may cap it lower). */
	static final int BACKLOG = 4096;

	private final HttpServer server;

	private final List<String> pieces;

	private final Duration pause;

	public StubModelServer(List<String> pieces, Duration pause) {
		this.pieces = List.copyOf(pieces);
		this.pause = pause;
		try {
			// a deep accept queue: a load test opens a thousand streams at once
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open a loopback port for the stub model", ex);
		}
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/v1/chat/completions", this::answer);
		server.start();
	}

	/**
	 * The base URL to configure as {@code draftwave.llm.base-url}, ending in {@code /v1}.
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	private void answer(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (String piece : pieces) {
				sleep();
				write(out,
						"{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
								+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece
								+ "\"},\"finish_reason\":null}]}");
			}
			write(out, "{\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
					+ "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
			out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void write(OutputStream out, String json) throws IOException {
		out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private void sleep() {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}

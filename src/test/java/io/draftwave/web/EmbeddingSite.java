package io.draftwave.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another site's page that embeds the widget, served from a port of its own on loopback.
 * The same server is two origins: {@code http://localhost:<port>} and
 * {@code http://127.0.0.1:<port>}. Its page {@code /?port=<service port>[&lang=en]} loads
 * the widget's script from the service on that port and places a {@code <draftwave-chat>}
 * pointed at it.
 */
final class EmbeddingSite implements AutoCloseable {

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final HttpServer server;

	EmbeddingSite() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(executor);
		server.createContext("/", this::page);
		server.start();
	}

	/** The site's origin under this host name, e.g. {@code http://localhost:41234}. */
	String origin(String host) {
		return "http://" + host + ":" + server.getAddress().getPort();
	}

	/**
	 * The page embedding the widget of the service on {@code servicePort}, as seen from
	 * {@code host}.
	 */
	String page(String host, int servicePort) {
		return origin(host) + "/?port=" + servicePort;
	}

	private void page(HttpExchange exchange) throws IOException {
		String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
		int port = Integer.parseInt(parameter(query, "port").orElse("0"));
		String lang = "en".equals(parameter(query, "lang").orElse("ko")) ? "en" : "ko";
		String service = "http://localhost:" + port;
		String html = """
				<!doctype html>
				<html lang="%2$s"><head><meta charset="utf-8"><title>인트라넷 업무 포털</title>
				<script src="%1$s/widget/draftwave-chat.js" defer></script></head>
				<body><h1>인트라넷 업무 포털</h1>
				<draftwave-chat service-url="%1$s" lang="%2$s" kind="memo"></draftwave-chat></body></html>
				""".formatted(service, lang);
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static Optional<String> parameter(String query, String name) {
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return Optional.of(pair.substring(name.length() + 1));
			}
		}
		return Optional.empty();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}

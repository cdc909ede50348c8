package io.draftwave.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.draftwave.drafting.DraftOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that cancelling the subscription closes the HTTP connection: a tiny server keeps
 * writing SSE comments to the open response and records the write that fails once the client
 * has gone. Without the close it would keep writing for {@link #STREAM_FOR}.
 */
class OpenAiDrafterCancellationTest {

	private static final Duration STREAM_FOR = Duration.ofSeconds(15);

	private final CountDownLatch requestArrived = new CountDownLatch(1);

	private final CountDownLatch clientGone = new CountDownLatch(1);

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private HttpServer server;

	@AfterEach
	void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	@Test
	void should_close_the_upstream_connection_when_the_subscriber_cancels_after_the_first_piece() throws Exception {
		// given
		start(OpenAiStream.chunk("m", "첫 조각"));
		OpenAiDrafter drafter = OpenAiDrafterTest.drafter(properties());

		// when
		StepVerifier.create(drafter.write(OpenAiDrafterTest.prompt("환불")))
			.expectNext(new DraftOutput.Text("첫 조각"))
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		// then
		assertThat(clientGone.await(3, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
	}

	@Test
	void should_close_the_upstream_connection_when_the_subscriber_cancels_before_any_piece() throws Exception {
		// given
		start("");
		OpenAiDrafter drafter = OpenAiDrafterTest.drafter(properties());

		// when
		StepVerifier.create(drafter.write(OpenAiDrafterTest.prompt("환불")))
			.expectSubscription()
			.then(() -> await(requestArrived))
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		// then
		assertThat(clientGone.await(3, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
	}

	private void start(String firstEvents) throws IOException {
		server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.setExecutor(executor);
		server.createContext("/v1/chat/completions", exchange -> stream(exchange, firstEvents));
		server.start();
	}

	private void stream(HttpExchange exchange, String firstEvents) throws IOException {
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

	private LlmProperties properties() {
		return new LlmProperties(URI.create("http://localhost:" + server.getAddress().getPort() + "/v1"), null, "m",
				Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(20), 0.2);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(3, TimeUnit.SECONDS)).as("the request reached the server").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

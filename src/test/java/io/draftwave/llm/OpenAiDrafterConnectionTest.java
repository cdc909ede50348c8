package io.draftwave.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.security.KoreanPiiMasker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls to one endpoint share its HTTP client: a second call reuses the first call's
 * kept-alive connection, and cancelling one call closes only that call's connection.
 */
class OpenAiDrafterConnectionTest {

	private static final Duration QUICK = Duration.ofSeconds(5);

	private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

	private final CountDownLatch endlessGone = new CountDownLatch(1);

	private final CountDownLatch endlessStarted = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	private ModelConnections connections;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/v1/chat/completions", this::answer);
		server.start();
		connections = new ModelConnections(QUICK);
	}

	@AfterEach
	void stop() {
		release.countDown();
		server.stop(0);
		connections.close();
	}

	@Test
	void should_reuse_the_connection_when_one_call_follows_another() {
		// given
		OpenAiDrafter drafter = drafter();

		// when
		for (int i = 0; i < 3; i++) {
			StepVerifier.create(drafter.write(OpenAiDrafterTest.prompt("환불 " + i)).ofType(DraftOutput.Text.class))
				.expectNext(new DraftOutput.Text("답변입니다."))
				.verifyComplete();
		}

		// then
		assertThat(clientPorts).as("client ports of three calls").hasSize(1);
		assertThat(connections.endpoints()).isEqualTo(1);
	}

	@Test
	void should_close_only_the_cancelled_calls_connection_when_two_calls_run_at_once() throws Exception {
		// given one call that never ends and one the server holds back
		OpenAiDrafter drafter = drafter();
		Disposable endless = drafter.write(OpenAiDrafterTest.prompt("endless")).subscribe();
		assertThat(endlessStarted.await(5, TimeUnit.SECONDS)).isTrue();
		var held = drafter.write(OpenAiDrafterTest.prompt("held")).ofType(DraftOutput.Text.class);

		// when the first is cancelled while the second waits, then the second is answered
		StepVerifier.create(held).then(() -> {
			endless.dispose();
			assertThat(await(endlessGone)).as("the cancelled call's connection closed").isTrue();
			release.countDown();
		}).expectNext(new DraftOutput.Text("답변입니다.")).expectComplete().verify(QUICK);

		// then
		assertThat(clientPorts).as("two connections at once").hasSize(2);
	}

	private OpenAiDrafter drafter() {
		LlmProperties properties = new LlmProperties(
				URI.create("http://localhost:" + server.getAddress().getPort() + "/v1"), null, "m",
				Duration.ofSeconds(10), QUICK, QUICK, 0.2);
		return new OpenAiDrafter(properties, new KoreanPiiMasker(), connections);
	}

	private void answer(HttpExchange exchange) throws IOException {
		clientPorts.add(exchange.getRemoteAddress().getPort());
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			if (body.contains("endless")) {
				writeUntilGone(out);
				return;
			}
			if (body.contains("held") && !await(release)) {
				return;
			}
			out.write(OpenAiStream.body("m", List.of("답변입니다."), 5, 2).getBytes(StandardCharsets.UTF_8));
		}
	}

	private void writeUntilGone(OutputStream out) {
		try {
			out.write(OpenAiStream.chunk("m", "첫 조각").getBytes(StandardCharsets.UTF_8));
			out.flush();
			endlessStarted.countDown();
			for (int i = 0; i < 300; i++) {
				Thread.sleep(50);
				out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
		}
		catch (IOException ex) {
			endlessGone.countDown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}

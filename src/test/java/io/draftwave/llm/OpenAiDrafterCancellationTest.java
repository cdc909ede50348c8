package io.draftwave.llm;

import java.net.URI;
import java.time.Duration;

import io.draftwave.drafting.DraftOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that cancelling the subscription closes the HTTP connection: the
 * {@link EndlessModelServer} keeps writing to the open response and records the write
 * that fails once the client has gone.
 */
class OpenAiDrafterCancellationTest {

	private EndlessModelServer server;

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void should_close_the_upstream_connection_when_the_subscriber_cancels_after_the_first_piece() throws Exception {
		// given
		server = new EndlessModelServer(OpenAiStream.chunk("m", "첫 조각"));
		OpenAiDrafter drafter = OpenAiDrafterTest.drafter(properties());

		// when
		StepVerifier.create(drafter.write(OpenAiDrafterTest.prompt("환불")))
			.expectNext(new DraftOutput.Text("첫 조각"))
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		// then
		assertThat(server.awaitClientGone(Duration.ofSeconds(10))).as("the server saw the connection close").isTrue();
	}

	@Test
	void should_close_the_upstream_connection_when_the_subscriber_cancels_before_any_piece() throws Exception {
		// given
		server = new EndlessModelServer("");
		OpenAiDrafter drafter = OpenAiDrafterTest.drafter(properties());

		// when
		StepVerifier.create(drafter.write(OpenAiDrafterTest.prompt("환불")))
			.expectSubscription()
			.then(() -> assertThat(awaitRequest()).as("the request reached the server").isTrue())
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		// then
		assertThat(server.awaitClientGone(Duration.ofSeconds(10))).as("the server saw the connection close").isTrue();
	}

	private boolean awaitRequest() {
		try {
			return server.awaitRequest(Duration.ofSeconds(3));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private LlmProperties properties() {
		return new LlmProperties(URI.create(server.baseUrl()), null, "m", Duration.ofSeconds(30),
				Duration.ofSeconds(20), Duration.ofSeconds(20), 0.2);
	}

}

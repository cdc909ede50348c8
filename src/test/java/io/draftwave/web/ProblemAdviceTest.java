package io.draftwave.web;

import io.draftwave.corpus.StoreClosingException;
import org.junit.jupiter.api.Test;
import reactor.netty.channel.AbortedException;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAdviceTest {

	private final ProblemAdvice advice = new ProblemAdvice(ProblemCatalogueTest.fromBundles());

	@Test
	void should_answer_a_write_refused_while_stopping_with_503_and_a_time_to_try_again() {
		// given
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.post("/api/documents").header("Accept-Language", "en"));

		// when
		ResponseEntity<ProblemDetail> answer = advice.closing(new StoreClosingException(), exchange);

		// then
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getBody().getType()).hasToString("/problems/service-unavailable");
		assertThat(answer.getBody().getTitle()).isEqualTo("Service unavailable");
	}

	@Test
	void should_not_report_a_client_that_left_as_a_failure_of_the_service() {
		// given
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/documents"));

		// when
		ResponseEntity<ProblemDetail> answer = advice.unexpected(new AbortedException("Connection has been closed"),
				exchange);

		// then
		assertThat(answer.getBody().getDetail()).isEqualTo("the client closed the connection");
	}

}

package io.draftwave.web;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class AccessLoopbackIT {

	@Autowired
	WebTestClient web;

	@Autowired
	AccessFilter filter;

	@Test
	void should_serve_the_api_without_a_key_when_the_client_is_on_loopback() {
		// when
		WebTestClient.ResponseSpec response = web.post()
			.uri("/api/search")
			.bodyValue(Map.of("query", "주차장 예약"))
			.exchange();

		// then
		response.expectStatus().isOk().expectBody().jsonPath("$.hits").isArray();
	}

	@Test
	void should_refuse_with_403_problem_when_no_keys_are_configured_and_the_client_is_remote() {
		// given
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/search")
			.remoteAddress(new InetSocketAddress("10.1.2.3", 5000))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\":\"주차장\"}"));
		AtomicBoolean passedOn = new AtomicBoolean();
		WebFilterChain chain = ex -> Mono.fromRunnable(() -> passedOn.set(true));

		// when
		filter.filter(exchange, chain).block();

		// then
		assertThat(passedOn).isFalse();
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"type\":\"/problems/forbidden\"")
			.contains("\"status\":403")
			.contains("draftwave.security.api-keys");
	}

	@Test
	void should_pass_a_remote_client_through_when_the_path_is_not_the_api() {
		// given
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("/actuator/health").remoteAddress(new InetSocketAddress("10.1.2.3", 5000)));
		AtomicBoolean passedOn = new AtomicBoolean();
		WebFilterChain chain = ex -> Mono.fromRunnable(() -> passedOn.set(true));

		// when
		filter.filter(exchange, chain).block();

		// then
		assertThat(passedOn).isTrue();
		assertThat(exchange.getResponse().getStatusCode()).isNull();
	}

}

package io.draftwave.web;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Cross-origin access to {@code /api/**} for the widget embedded on other sites' pages.
 * Requests from an origin in {@code draftwave.web.allowed-origins} get CORS headers, and
 * their preflights are answered here, before {@link AccessFilter} asks for a key. A
 * browser request from any other origin is refused with a 403 problem
 * ({@code /problems/origin-not-allowed}) that the refused page may read, so the widget
 * can say why it does not work; nothing else is readable there. Same-origin requests and
 * clients that send no {@code Origin} (curl, office tools) pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CrossOriginFilter implements WebFilter {

	/** How long a browser may reuse a preflight answer. */
	static final Duration PREFLIGHT_MAX_AGE = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(CrossOriginFilter.class);

	private final CorsConfiguration config = new CorsConfiguration();

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final AccessRefusals refusals;

	CrossOriginFilter(WebProperties properties, AccessRefusals refusals) {
		this.refusals = refusals;
		config.setAllowedOrigins(properties.allowedOrigins());
		config.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.DELETE.name()));
		config.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION, "X-API-Key",
				HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE));
		config.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_DISPOSITION));
		config.setAllowCredentials(false);
		config.setMaxAge(PREFLIGHT_MAX_AGE);
		if (!properties.allowedOrigins().isEmpty()) {
			log.info("Pages at {} may embed the widget", properties.allowedOrigins());
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (!(path.equals("/api") || path.startsWith("/api/")) || !CorsUtils.isCorsRequest(request)) {
			return chain.filter(exchange);
		}
		boolean preflight = CorsUtils.isPreFlightRequest(request);
		if (!processor.process(config, exchange)) {
			String origin = request.getHeaders().getOrigin();
			log.warn("Refused {} {} from a page at {}: add the origin to draftwave.web.allowed-origins to allow it",
					preflight ? "a preflight of" : request.getMethod(), path, origin);
			if (!preflight && origin != null) {
				// the refused page may read the refusal, and only the refusal
				exchange.getResponse().getHeaders().setAccessControlAllowOrigin(origin);
			}
			return refusals.write(exchange, AccessRefusals.Reason.ORIGIN_NOT_ALLOWED, 0);
		}
		return preflight ? exchange.getResponse().setComplete() : chain.filter(exchange);
	}

}

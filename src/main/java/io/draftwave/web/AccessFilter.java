package io.draftwave.web;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;

import io.draftwave.security.ApiKey;
import io.draftwave.security.ApiKeys;
import io.draftwave.security.RateLimiter;
import io.draftwave.security.Role;
import io.draftwave.security.SecurityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Guards {@code /api/**} and {@code /v1/**}; health, the start page, static assets and
 * the API docs stay open.
 * <ul>
 * <li>No key configured ({@code draftwave.security.api-keys} empty): loopback clients are
 * served as {@code loopback} with the admin role, everyone else gets 403.</li>
 * <li>Keys configured: every request needs {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}, else 401 with {@code WWW-Authenticate: Bearer}; deleting
 * documents, {@code /api/admin/**} and the audit trail ({@code /api/audit}) need the
 * admin role (403); each key may make {@code draftwave.security.requests-per-minute}
 * requests (429 with {@code Retry-After}).</li>
 * </ul>
 * The caller's {@link ApiKey} (name and role, never the key) is stored under
 * {@link #CALLER}, also when a known key is refused (its role, its rate), so that the
 * audit trail names it. Loopback is judged on the connection's remote address; forwarded
 * headers are not trusted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccessFilter implements WebFilter {

	/** Exchange attribute holding the authenticated {@link ApiKey}. */
	static final String CALLER = AccessFilter.class.getName() + ".caller";

	static final ApiKey LOOPBACK = new ApiKey("loopback", Role.ADMIN);

	private static final Logger log = LoggerFactory.getLogger(AccessFilter.class);

	private static final String BEARER = "bearer ";

	private final ApiKeys keys;

	private final RateLimiter limiter;

	private final AccessRefusals refusals;

	AccessFilter(SecurityProperties properties, AccessRefusals refusals) {
		this.keys = properties.keys();
		this.limiter = new RateLimiter(properties.requestsPerMinute(), Clock.systemUTC());
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (!guarded(path) || CorsUtils.isPreFlightRequest(request)) {
			return chain.filter(exchange);
		}
		if (keys.isEmpty()) {
			if (!isLoopback(request.getRemoteAddress())) {
				return refuse(exchange, AccessRefusals.Reason.LOOPBACK_ONLY, null, 0);
			}
			exchange.getAttributes().put(CALLER, LOOPBACK);
			return chain.filter(exchange);
		}
		Optional<ApiKey> caller = presentedKey(request).flatMap(keys::find);
		if (caller.isEmpty()) {
			return refuse(exchange, AccessRefusals.Reason.UNAUTHENTICATED, null, 0);
		}
		ApiKey key = caller.get();
		if (!key.role().includes(requiredRole(request.getMethod(), path))) {
			return refuse(exchange, AccessRefusals.Reason.FORBIDDEN_ROLE, key, 0);
		}
		RateLimiter.Decision decision = limiter.acquire(key.name());
		if (!decision.allowed()) {
			return refuse(exchange, AccessRefusals.Reason.TOO_MANY_REQUESTS, key, decision.retryAfterSeconds());
		}
		exchange.getAttributes().put(CALLER, key);
		return chain.filter(exchange);
	}

	static boolean guarded(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.equals("/v1") || path.startsWith("/v1/");
	}

	static Role requiredRole(HttpMethod method, String path) {
		boolean deletesDocuments = HttpMethod.DELETE.equals(method) && path.startsWith("/api/documents/");
		boolean administers = path.equals("/api/admin") || path.startsWith("/api/admin/") || path.equals("/api/audit")
				|| path.startsWith("/api/audit.") || path.startsWith("/api/audit/");
		return deletesDocuments || administers ? Role.ADMIN : Role.OFFICIAL;
	}

	private static boolean isLoopback(@Nullable InetSocketAddress remote) {
		return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
	}

	private static Optional<String> presentedKey(ServerHttpRequest request) {
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String key = authorization.substring(BEARER.length()).strip();
			return key.isEmpty() ? Optional.empty() : Optional.of(key);
		}
		String header = request.getHeaders().getFirst("X-API-Key");
		return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
	}

	private Mono<Void> refuse(ServerWebExchange exchange, AccessRefusals.Reason reason, @Nullable ApiKey key,
			long retryAfterSeconds) {
		ServerHttpRequest request = exchange.getRequest();
		if (key != null) {
			exchange.getAttributes().put(CALLER, key);
		}
		if (log.isDebugEnabled()) {
			log.debug("Refused {} {} from {} ({}): {}", request.getMethod(), request.getPath().value(),
					request.getRemoteAddress(), key == null ? "no valid key" : "key " + key.name(), reason);
		}
		return refusals.write(exchange, reason, retryAfterSeconds);
	}

}

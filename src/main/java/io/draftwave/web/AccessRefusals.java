package io.draftwave.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the answers of {@link AccessFilter} and {@link CrossOriginFilter}, which come before routing: RFC 9457 problems on
 * {@code /api/**}, OpenAI's error object on {@code /v1/**}.
 */
@Component
class AccessRefusals {

	/** Why a request is refused, with its status, problem type, OpenAI code and detail. */
	enum Reason {

		LOOPBACK_ONLY(HttpStatus.FORBIDDEN, "forbidden", "invalid_request_error", "forbidden",
				"no API keys are configured, so the API answers only on this machine (loopback); "
						+ "configure draftwave.security.api-keys to serve other clients"),
		UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthorized", "invalid_request_error", "invalid_api_key",
				"a valid API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"),
		FORBIDDEN_ROLE(HttpStatus.FORBIDDEN, "forbidden", "invalid_request_error", "insufficient_permissions",
				"this API key's role may not do this; it needs the admin role"),
		TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "requests", "rate_limit_exceeded",
				"this API key has used its requests for the minute (draftwave.security.requests-per-minute); "
						+ "retry after the number of seconds in Retry-After"),
		ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "origin-not-allowed", "invalid_request_error", "origin_not_allowed",
				"pages at this origin may not call the API from a browser (or not with this method or these headers); "
						+ "add the origin to draftwave.web.allowed-origins to allow it");

		final HttpStatus status;

		final String slug;

		final String openAiType;

		final String openAiCode;

		final String detail;

		Reason(HttpStatus status, String slug, String openAiType, String openAiCode, String detail) {
			this.status = status;
			this.slug = slug;
			this.openAiType = openAiType;
			this.openAiCode = openAiCode;
			this.detail = detail;
		}

	}

	private final MessageSource messages;

	private final JsonMapper json;

	AccessRefusals(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	Mono<Void> write(ServerWebExchange exchange, Reason reason, long retryAfterSeconds) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(reason.status);
		HttpHeaders headers = response.getHeaders();
		if (reason == Reason.UNAUTHENTICATED) {
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"draftwave\"");
		}
		if (reason == Reason.TOO_MANY_REQUESTS) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		}
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		Map<String, Object> body;
		if (path.startsWith("/v1")) {
			headers.setContentType(MediaType.APPLICATION_JSON);
			body = openAiError(reason);
		}
		else {
			headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			body = problem(reason, path, exchange.getLocaleContext().getLocale());
		}
		DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
		return response.writeWith(Mono.just(buffer));
	}

	private Map<String, Object> problem(Reason reason, String path, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "/problems/" + reason.slug);
		body.put("title", messages.getMessage("problem." + reason.slug + ".title", null, reason.slug,
				locale == null ? Locale.ENGLISH : locale));
		body.put("status", reason.status.value());
		body.put("detail", reason.detail);
		body.put("instance", path);
		return body;
	}

	private static Map<String, Object> openAiError(Reason reason) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", reason.detail);
		error.put("type", reason.openAiType);
		error.put("param", null);
		error.put("code", reason.openAiCode);
		return Map.of("error", error);
	}

}

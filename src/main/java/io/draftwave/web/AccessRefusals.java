package io.draftwave.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.draftwave.corpus.Language;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the answers of {@link AccessFilter} and {@link CrossOriginFilter}, which come
 * before routing: problems from the {@link ProblemCatalogue} on {@code /api/**}, OpenAI's
 * error object (its {@code type} from the same {@link ProblemType}) on {@code /v1/**}.
 */
@Component
class AccessRefusals {

	/** Why a request is refused, with its problem type, OpenAI code and detail. */
	enum Reason {

		LOOPBACK_ONLY(ProblemType.FORBIDDEN, "forbidden",
				"no API keys are configured, so the API answers only on this machine (loopback); "
						+ "configure draftwave.security.api-keys to serve other clients"),
		UNAUTHENTICATED(ProblemType.UNAUTHORIZED, "invalid_api_key",
				"a valid API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"),
		FORBIDDEN_ROLE(ProblemType.FORBIDDEN, "insufficient_permissions",
				"this API key's role may not do this; it needs the admin role"),
		TOO_MANY_REQUESTS(ProblemType.TOO_MANY_REQUESTS, "rate_limit_exceeded",
				"this API key has used its requests for the minute (draftwave.security.requests-per-minute); "
						+ "retry after the number of seconds in Retry-After"),
		ORIGIN_NOT_ALLOWED(ProblemType.ORIGIN_NOT_ALLOWED, "origin_not_allowed",
				"pages at this origin may not call the API from a browser (or not with this method or these headers); "
						+ "add the origin to draftwave.web.allowed-origins to allow it");

		final ProblemType type;

		final String openAiCode;

		final String detail;

		Reason(ProblemType type, String openAiCode, String detail) {
			this.type = type;
			this.openAiCode = openAiCode;
			this.detail = detail;
		}

	}

	/** Exchange attribute holding the {@link Reason} a request was refused for. */
	static final String REASON = AccessRefusals.class.getName() + ".reason";

	private final ProblemCatalogue problems;

	private final JsonMapper json;

	AccessRefusals(ProblemCatalogue problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	Mono<Void> write(ServerWebExchange exchange, Reason reason, long retryAfterSeconds) {
		exchange.getAttributes().put(REASON, reason);
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(reason.type.status());
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
			Language language = ProblemCatalogue.language(exchange.getRequest());
			body = problems.fields(reason.type, reason.detail, language, path);
		}
		DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
		return response.writeWith(Mono.just(buffer));
	}

	private static Map<String, Object> openAiError(Reason reason) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", reason.detail);
		error.put("type", reason.type.openAiType());
		error.put("param", null);
		error.put("code", reason.openAiCode);
		return Map.of("error", error);
	}

}

package io.draftwave.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.draftwave.drafting.DrafterException;
import org.jspecify.annotations.Nullable;

/**
 * The one place where failures of the model's server become {@link DrafterException}s.
 *
 * <pre>
 * HTTP 429, 5xx, 408, timeouts            retriable
 * connection refused or broken            retriable
 * HTTP 401/403 (key refused)              not retriable
 * HTTP 404 (unknown model or wrong URL)   not retriable
 * HTTP 400 and other 4xx                  not retriable
 * unknown host                            not retriable
 * a reply that is not OpenAI's JSON       not retriable
 * anything else                           not retriable
 * </pre>
 */
final class UpstreamErrors {

	private UpstreamErrors() {
	}

	static DrafterException timeout(Duration limit, String what) {
		return new DrafterException("the language model did not answer within " + seconds(limit) + what, true);
	}

	static DrafterException map(Throwable error) {
		if (error instanceof DrafterException drafterException) {
			return drafterException;
		}
		String status = status(error);
		if (error instanceof RateLimitException) {
			return new DrafterException("the language model's server is busy" + status, true, error);
		}
		if (error instanceof InternalServerException) {
			return new DrafterException("the language model's server failed" + status, true, error);
		}
		if (error instanceof TimeoutException) {
			return new DrafterException("the language model did not answer in time" + status, true, error);
		}
		if (error instanceof AuthenticationException) {
			return new DrafterException("the language model's server refused the API key" + status, false, error);
		}
		if (error instanceof ModelNotFoundException) {
			return new DrafterException("the language model's server does not know the model or the address" + status,
					false, error);
		}
		if (error instanceof InvalidRequestException) {
			return new DrafterException("the language model's server refused the request" + status, false, error);
		}
		if (error instanceof UnresolvedModelServerException) {
			return new DrafterException("the language model's server address cannot be resolved", false, error);
		}
		if (causedBy(error, JsonProcessingException.class)) {
			return new DrafterException("the language model server's reply was not understood", false, error);
		}
		if (causedBy(error, ConnectException.class)) {
			return new DrafterException("the language model's server cannot be reached", true, error);
		}
		if (causedBy(error, IOException.class)) {
			return new DrafterException("the connection to the language model's server broke", true, error);
		}
		return new DrafterException("the language model failed: " + error, false, error);
	}

	private static String status(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof HttpException http) {
				return " (HTTP " + http.statusCode() + ")";
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return "";
	}

	private static boolean causedBy(@Nullable Throwable error, Class<? extends Throwable> type) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String seconds(Duration limit) {
		long millis = limit.toMillis();
		return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
	}

}

package io.draftwave.web;

import io.draftwave.security.ApiKey;

import org.springframework.web.server.ServerWebExchange;

/**
 * The caller of a request on {@code /api/**} or {@code /v1/**}, as {@link AccessFilter}
 * identified it: a configured key's name and role, or {@code loopback} (admin) when no
 * keys are configured.
 */
public final class Callers {

	private Callers() {
	}

	/**
	 * The caller of the exchange.
	 * @throws IllegalStateException when the request did not pass the access filter
	 */
	public static ApiKey of(ServerWebExchange exchange) {
		ApiKey caller = exchange.getAttribute(AccessFilter.CALLER);
		if (caller == null) {
			throw new IllegalStateException(
					"no caller on " + exchange.getRequest().getPath() + ": the request did not pass the access filter");
		}
		return caller;
	}

}

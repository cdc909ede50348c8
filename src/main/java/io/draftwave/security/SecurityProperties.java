package io.draftwave.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the API.
 *
 * @param apiKeys entries {@code <name>:<role>:<sha256-hex-of-key>} (see {@link ApiKeys});
 * empty: the API answers loopback clients only, without keys
 * @param requestsPerMinute requests each key may make per minute, with bursts up to that
 * number; default 120
 */
@ConfigurationProperties("draftwave.security")
public record SecurityProperties(@DefaultValue List<String> apiKeys,
		@DefaultValue("" + SecurityProperties.DEFAULT_REQUESTS_PER_MINUTE) int requestsPerMinute) {

	/**
	 * Requests per minute and key when {@code draftwave.security.requests-per-minute} is
	 * not set.
	 */
	public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;

	/** Checks the rate. */
	public SecurityProperties {
		if (requestsPerMinute < 1) {
			throw new IllegalArgumentException(
					"draftwave.security.requests-per-minute must be at least 1, not " + requestsPerMinute);
		}
		apiKeys = List.copyOf(apiKeys);
	}

	/** The configured keys, parsed; fails on a malformed entry. */
	public ApiKeys keys() {
		return ApiKeys.parse(apiKeys);
	}

}

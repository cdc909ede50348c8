package io.draftwave.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the HTTP API as browsers see it.
 *
 * @param allowedOrigins origins ({@code scheme://host[:port]}, e.g.
 * {@code https://intranet.example.go.kr}) whose pages may call {@code /api/**} with the
 * embedded widget; empty (the default): pages served by this service only. A browser
 * request from any other origin is refused with 403.
 */
@ConfigurationProperties("draftwave.web")
record WebProperties(@DefaultValue List<String> allowedOrigins) {

	/** Checks each origin and drops a trailing slash. */
	WebProperties {
		allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).map(o -> {
			String origin = o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
			String lower = origin.toLowerCase(Locale.ROOT);
			if (!(lower.startsWith("http://") || lower.startsWith("https://")) || origin.indexOf('/', 8) >= 0
					|| origin.contains("*")) {
				throw new IllegalArgumentException("draftwave.web.allowed-origins: '" + o
						+ "' is not an origin; write scheme://host[:port], e.g. https://intranet.example.go.kr");
			}
			return origin;
		}).toList();
	}

}

package io.draftwave.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Export settings.
 *
 * @param baseUrl put before the {@code /api/sources/{id}} link in every footnote, e.g.
 * {@code https://draftwave.example.go.kr}; empty: the link stays relative
 */
@ConfigurationProperties("draftwave.export")
record ExportProperties(@DefaultValue("") String baseUrl) {

	public ExportProperties {
		baseUrl = baseUrl.strip();
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

}

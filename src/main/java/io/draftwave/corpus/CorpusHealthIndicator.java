package io.draftwave.corpus;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the document records and the start-up indexing of the corpus folders. It stays
 * UP while the folders are being indexed: searches already work on what is indexed so
 * far. It is DOWN, with the reason, while the records cannot be read (the database
 * failed); each check opens the database again through a fresh pooled connection, so it
 * is UP again once the database can be opened, without a restart. It stands in for
 * Spring's R2DBC health check (switched off in application.yaml), which would query the
 * embedded database from an event loop; a blocking indicator like this one is run off it.
 */
@Component("corpus")
class CorpusHealthIndicator implements HealthIndicator {

	private static final Duration QUERY_LIMIT = Duration.ofSeconds(5);

	private final CorpusStartup startup;

	private final DocumentStore store;

	CorpusHealthIndicator(CorpusStartup startup, DocumentStore store) {
		this.startup = startup;
		this.store = store;
	}

	@Override
	public Health health() {
		try {
			Long records = store.count().block(QUERY_LIMIT);
			return Health.up().withDetail("folders", startup.state()).withDetail("records", records).build();
		}
		catch (RuntimeException ex) {
			return Health.down()
				.withDetail("folders", startup.state())
				.withDetail("error", "the document records cannot be read: " + reason(ex))
				.build();
		}
	}

	/**
	 * The innermost message, e.g. H2's own words for a closed or unreadable database
	 * file.
	 */
	static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}

}

package io.draftwave.corpus;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the start-up indexing of the corpus folders. It stays UP while they are being indexed:
 * searches already work on what is indexed so far.
 */
@Component("corpus")
class CorpusHealthIndicator implements HealthIndicator {

	private final CorpusStartup startup;

	CorpusHealthIndicator(CorpusStartup startup) {
		this.startup = startup;
	}

	@Override
	public Health health() {
		return Health.up().withDetail("folders", startup.state()).build();
	}

}

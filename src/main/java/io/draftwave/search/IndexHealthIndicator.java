package io.draftwave.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP once the passage index is open and searchable, with its passage and document counts.
 */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

	private final PassageIndex index;

	IndexHealthIndicator(PassageIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		try {
			return Health.up()
				.withDetail("passages", index.passageCount())
				.withDetail("documents", index.documentIds().size())
				.build();
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", ex.getMessage()).build();
		}
	}

}

package io.draftwave.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings.
 *
 * @param keepFor how long events are kept, e.g. {@code P365D} or {@code 365d}; older ones
 * are removed, leaving a checkpoint; default 365 days
 * @param retentionEvery how often old events are looked for; default every hour (and once
 * at start)
 * @param answerWait the longest an answer waits for its event to be written before it is
 * sent anyway (the event stays queued and is written when the database answers again);
 * default 5 s
 * @param enabled false leaves the trail out: nothing is recorded (for measuring its
 * cost); default true
 */
@ConfigurationProperties("draftwave.audit")
public record AuditProperties(@DefaultValue("P365D") Duration keepFor, @DefaultValue("1h") Duration retentionEvery,
		@DefaultValue("5s") Duration answerWait, @DefaultValue("true") boolean enabled) {

	/** Checks the durations. */
	public AuditProperties {
		if (keepFor.isNegative() || keepFor.isZero()) {
			throw new IllegalArgumentException("draftwave.audit.keep-for must be positive, not " + keepFor);
		}
		if (retentionEvery.isNegative() || retentionEvery.isZero()) {
			throw new IllegalArgumentException(
					"draftwave.audit.retention-every must be positive, not " + retentionEvery);
		}
	}

}

package io.draftwave.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key name: each key holds up to {@code perMinute} tokens, spends one
 * per request and regains them evenly over a minute (one every {@code 60 s / perMinute}).
 * Thread-safe; buckets of different keys never contend.
 */
public final class RateLimiter {

	private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

	private final int perMinute;

	private final Clock clock;

	private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * @param perMinute requests per minute and key, also the largest burst; at least 1
	 * @param clock the time source; {@link Clock#systemUTC()} in the service, a fixed one
	 * in tests
	 */
	public RateLimiter(int perMinute, Clock clock) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("perMinute must be at least 1, not " + perMinute);
		}
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/**
	 * Spends one of {@code key}'s tokens if it has one.
	 * @param key the key's name
	 * @return {@link Decision#allowed()} or, when the bucket is empty, the whole seconds
	 * (at least 1) until the next token, for {@code Retry-After}
	 */
	public Decision acquire(String key) {
		long now = nanos();
		Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
		synchronized (bucket) {
			long interval = MINUTE_NANOS / perMinute;
			long elapsed = Math.max(0, now - bucket.updated);
			long gained = elapsed / interval;
			if (gained > 0) {
				bucket.tokens = (int) Math.min(perMinute, bucket.tokens + gained);
				bucket.updated = bucket.tokens == perMinute ? now : bucket.updated + gained * interval;
			}
			if (bucket.tokens > 0) {
				bucket.tokens--;
				return Decision.ALLOWED;
			}
			long wait = bucket.updated + interval - now;
			return new Decision(false, Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
		}
	}

	private long nanos() {
		Instant instant = clock.instant();
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private static final class Bucket {

		int tokens;

		long updated;

		Bucket(int tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

	}

	/**
	 * The answer to one request.
	 *
	 * @param allowed whether the request may go ahead
	 * @param retryAfterSeconds when refused, whole seconds until a token is back; 0 when
	 * allowed
	 */
	public record Decision(boolean allowed, long retryAfterSeconds) {

		static final Decision ALLOWED = new Decision(true, 0);

	}

}

package io.draftwave.drafting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The finished drafts of the last {@code keepFor}, by draft id, so they can be fetched
 * again (for an export) after the response that carried them. At most {@code maxDrafts}
 * are kept; the oldest is dropped first. Safe for concurrent use.
 */
public final class DraftArchive {

	/** How many drafts are kept at most by default. */
	public static final int DEFAULT_MAX_DRAFTS = 10_000;

	private final Duration keepFor;

	private final int maxDrafts;

	private final Clock clock;

	private final Map<String, Kept> drafts = new LinkedHashMap<>();

	/**
	 * @param keepFor how long a draft can be found after it was kept; positive
	 * @param maxDrafts how many drafts are kept at most; positive
	 * @param clock tells when a draft was kept and whether it has expired
	 */
	public DraftArchive(Duration keepFor, int maxDrafts, Clock clock) {
		if (keepFor.isNegative() || keepFor.isZero()) {
			throw new IllegalArgumentException("drafts must be kept for a positive time, not " + keepFor);
		}
		if (maxDrafts < 1) {
			throw new IllegalArgumentException("at least one draft must be kept, not " + maxDrafts);
		}
		this.keepFor = keepFor;
		this.maxDrafts = maxDrafts;
		this.clock = clock;
	}

	/** Keeps the draft under its id, replacing one kept before under the same id. */
	public void keep(Draft draft) {
		Instant now = clock.instant();
		synchronized (drafts) {
			drafts.remove(draft.draftId());
			drafts.put(draft.draftId(), new Kept(draft, now.plus(keepFor)));
			dropExpired(now);
			Iterator<Kept> oldest = drafts.values().iterator();
			while (drafts.size() > maxDrafts) {
				oldest.next();
				oldest.remove();
			}
		}
	}

	/** The draft with this id; empty when none was kept or it has expired. */
	public Optional<Draft> find(String draftId) {
		Instant now = clock.instant();
		synchronized (drafts) {
			Kept kept = drafts.get(draftId);
			if (kept == null || !now.isBefore(kept.expires())) {
				return Optional.empty();
			}
			return Optional.of(kept.draft());
		}
	}

	private void dropExpired(Instant now) {
		Iterator<Kept> oldest = drafts.values().iterator();
		while (oldest.hasNext()) {
			if (now.isBefore(oldest.next().expires())) {
				return;
			}
			oldest.remove();
		}
	}

	private record Kept(Draft draft, Instant expires) {
	}

}

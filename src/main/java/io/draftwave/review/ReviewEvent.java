package io.draftwave.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a draft's review history.
 *
 * @param seq its place in the history, from 1
 * @param actor the key name that took it, e.g. {@code budget-team-lead}
 * @param action what was done
 * @param version the draft's version after the step
 * @param comment what the actor wrote, when anything
 * @param at when
 */
public record ReviewEvent(int seq, String actor, ReviewAction action, int version, @Nullable String comment,
		Instant at) {
}

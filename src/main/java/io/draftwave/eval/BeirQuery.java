package io.draftwave.eval;

/** One query of a BEIR dataset: {@code {"_id", "text"}}. */
public record BeirQuery(String id, String text) {
}

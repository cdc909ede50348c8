package io.draftwave.eval;

/** One query of a BEIR dataset: {@code {"_id", "text"}}. */
record BeirQuery(String id, String text) {
}

package io.draftwave.eval;

/** One corpus record of a BEIR dataset: {@code {"_id", "title", "text"}}. */
record BeirDocument(String id, String title, String text) {
}

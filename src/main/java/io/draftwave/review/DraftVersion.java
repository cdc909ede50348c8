package io.draftwave.review;

import java.time.Instant;
import java.util.List;

import io.draftwave.drafting.Citation;
import io.draftwave.drafting.SentenceCheck;

/**
 * One text of a draft with the citation check of that text.
 *
 * @param number 1 for the text as written, then one more per edit
 * @param author who wrote this text: the owner's key name for version 1
 * @param at when
 * @param text the text with its [n] markers, as the check left it
 * @param citations the markers left, resolved to their sources
 * @param sentences the check of every sentence
 * @param warnings the check's warnings: removed markers, and one per sentence the sources
 * do not support, e.g. {@code sentence 2 is not supported by its sources: ...}
 */
public record DraftVersion(int number, String author, Instant at, String text, List<Citation> citations,
		List<SentenceCheck> sentences, List<String> warnings) {

	public DraftVersion {
		citations = List.copyOf(citations);
		sentences = List.copyOf(sentences);
		warnings = List.copyOf(warnings);
	}

}

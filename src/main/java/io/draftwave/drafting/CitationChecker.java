package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;

/** TEMPORARY STUB: the real class comes from the other branch. */
public final class CitationChecker {

	public static final double DEFAULT_SUPPORT_THRESHOLD = 0.5;

	public record CheckedText(String text, List<Citation> citations, List<SentenceCheck> sentences,
			List<String> warnings) {
	}

	public CitationChecker(ContentWords words, double supportThreshold) {
	}

	public CheckedText check(String text, List<NumberedSource> sources, Language language, boolean strict) {
		List<Citation> citations = new ArrayList<>();
		for (NumberedSource s : sources) {
			if (text.contains("[" + s.number() + "]")) {
				citations.add(Citation.of(s));
			}
		}
		return new CheckedText(text, citations, List.of(), List.of());
	}

}

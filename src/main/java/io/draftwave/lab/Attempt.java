package io.draftwave.lab;

import java.util.List;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.Markers;
import io.draftwave.drafting.SentenceCheck;

/**
 * What a cell produced, as the checks see it.
 *
 * @param kind the exercise's kind of document
 * @param language the exercise's language: checks give their reasons in it
 * @param text the checked draft text, with its [n] markers
 * @param citations the draft's citations
 * @param sentences the citation check of every sentence
 * @param warnings the draft's warnings (removed markers among them)
 * @param tookMs measured time of the cell, from request to checked draft
 * @param documents the corpus's documents, to tell which document a named source means
 */
record Attempt(DraftKind kind, Language language, String text, List<Citation> citations, List<SentenceCheck> sentences,
		List<String> warnings, long tookMs, DocumentRefs documents) {

	public Attempt {
		citations = List.copyOf(citations);
		sentences = List.copyOf(sentences);
		warnings = List.copyOf(warnings);
	}

	/** The same attempt judged as written in another language. */
	Attempt withLanguage(Language other) {
		return new Attempt(kind, other, text, citations, sentences, warnings, tookMs, documents);
	}

	/** The text without its citation markers. */
	String plainText() {
		StringBuilder plain = new StringBuilder();
		int at = 0;
		for (Markers.Marker m : Markers.find(text)) {
			plain.append(text, at, m.start());
			at = m.end();
		}
		return plain.append(text.substring(at)).toString();
	}

	/** Korean text when the language is Korean, else English. */
	String say(String ko, String en) {
		return language == Language.KO ? ko : en;
	}

}

package io.draftwave.drafting;

import java.util.Set;

/**
 * A sentence of a numbered source that may go into an extractive draft, copied verbatim.
 *
 * @param source the source's marker number
 * @param rank the source's place among the draft's sources, 0 for the best hit
 * @param position the sentence's place within its passage, 0 for the lead sentence
 * @param order the sentence's place among all candidates, in source then sentence order
 * @param text the sentence as the source has it
 * @param words its content words
 * @param contact whether it is a contact line ("문의: 데이터정책과 02-120-1234")
 * @param figure whether it is the statement of a computed figure
 */
record SourceSentence(int source, int rank, int position, int order, String text, Set<String> words, boolean contact,
		boolean figure) {

	/** A sentence of a passage. */
	SourceSentence(int source, int rank, int position, int order, String text, Set<String> words, boolean contact) {
		this(source, rank, position, order, text, words, contact, false);
	}

	/** The sentence with its marker, as the draft writes it: {@code 문장입니다. [2]}. */
	String cited() {
		return text + " [" + source + "]";
	}

}

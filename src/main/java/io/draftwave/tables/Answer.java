package io.draftwave.tables;

/**
 * What a question over the tables gets: an {@link Analysis} with its figures, a
 * {@link Clarification} when the question could mean several things or the table lacks
 * what it asks, or {@link NoTable} when no table answers it. Never a guess.
 */
public sealed interface Answer permits Analysis, Clarification, NoTable {

	/** The question as asked. */
	String question();

}

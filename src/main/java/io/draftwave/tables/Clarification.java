package io.draftwave.tables;

import java.util.List;

/**
 * The question needs one more word before it can be answered.
 *
 * @param question the question as asked
 * @param table the table the question was matched to
 * @param reason why it was not answered, in the question's language
 * @param candidates the columns or values it could mean (empty when the table lacks the
 * data)
 */
public record Clarification(String question, TableInfo table, String reason,
		List<String> candidates) implements Answer {

	public Clarification {
		candidates = List.copyOf(candidates);
	}

}

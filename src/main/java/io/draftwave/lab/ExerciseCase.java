package io.draftwave.lab;

import java.util.List;

/**
 * A test case: one input a prompt is tried with, and the checks that score the draft.
 *
 * @param id unique within its exercise
 * @param input replaces {@code {{input}}} in a variant's prompt
 * @param checks the exercise's common checks first, then the case's own
 */
public record ExerciseCase(String id, String input, List<Check> checks) {

	public ExerciseCase {
		checks = List.copyOf(checks);
	}

}

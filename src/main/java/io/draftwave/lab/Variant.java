package io.draftwave.lab;

/**
 * A prompt variant: the request a drafter receives, with {@value #INPUT} standing for a
 * test case's input.
 *
 * @param name its name in the comparison, e.g. {@code 짧은 요청}
 * @param prompt the request's text
 */
public record Variant(String name, String prompt) {

	/** The placeholder a case's input replaces. */
	public static final String INPUT = "{{input}}";

	/** The request for one case: every {@value #INPUT} replaced by the input. */
	public String render(String input) {
		return prompt.replace(INPUT, input).strip();
	}

}

package io.draftwave.drafting;

import java.util.Arrays;
import java.util.List;

/**
 * A draft kind name that is none of {@link DraftKind}'s wire names. The message reads
 * {@code kind must be one of press-release, policy-report, complaint-reply, memo, answer; not 'letter'};
 * callers that name the field themselves use {@link #value()} and {@link #allowed()}.
 */
public class UnknownDraftKindException extends IllegalArgumentException {

	private final String value;

	UnknownDraftKindException(String value) {
		super("kind must be one of " + String.join(", ", allowedIds()) + "; not '" + value + "'");
		this.value = value;
	}

	/** The name as it was given. */
	public String value() {
		return value;
	}

	/** The wire names accepted, in {@link DraftKind} order. */
	public List<String> allowed() {
		return allowedIds();
	}

	private static List<String> allowedIds() {
		return Arrays.stream(DraftKind.values()).map(DraftKind::id).toList();
	}

}

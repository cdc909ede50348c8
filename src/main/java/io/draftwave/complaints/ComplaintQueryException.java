package io.draftwave.complaints;

import java.util.List;

/**
 * A complaint analysis asked with a value it does not take; the message names the field,
 * the value and what is allowed:
 * {@code 'terms' must be a whole number from 1 to 30; not '0'}.
 */
public class ComplaintQueryException extends RuntimeException {

	private final String field;

	private final List<String> allowed;

	ComplaintQueryException(String field, String value, List<String> allowed) {
		super("'" + field + "' must be one of " + String.join(", ", allowed) + "; not '" + value + "'");
		this.field = field;
		this.allowed = List.copyOf(allowed);
	}

	ComplaintQueryException(String field, String value, ComplaintParameter parameter) {
		super("'" + field + "' must be " + parameter.allowed() + "; not '" + value + "'");
		this.field = field;
		this.allowed = parameter.choices().isEmpty() ? List.of(parameter.allowed()) : parameter.choices();
	}

	ComplaintQueryException(String field, String message) {
		super(message);
		this.field = field;
		this.allowed = List.of();
	}

	/** The request's field at fault ({@code analysis}, {@code from}, {@code terms}). */
	public String field() {
		return field;
	}

	/** The values or the range allowed, when there is a list of them; else empty. */
	public List<String> allowed() {
		return allowed;
	}

}

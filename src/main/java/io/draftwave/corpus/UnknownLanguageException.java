package io.draftwave.corpus;

import java.util.Arrays;
import java.util.List;

/**
 * A language code that is neither {@code ko} nor {@code en}. The message reads
 * {@code language must be 'ko' or 'en', not 'fr'}; callers that name the field themselves
 * use {@link #value()} and {@link #allowed()}.
 */
public class UnknownLanguageException extends IllegalArgumentException {

	private final String value;

	UnknownLanguageException(String value) {
		super("language must be 'ko' or 'en', not '" + value + "'");
		this.value = value;
	}

	/** The code as it was given. */
	public String value() {
		return value;
	}

	/** The wire codes accepted, in {@link Language} order. */
	public List<String> allowed() {
		return Arrays.stream(Language.values()).map(Language::code).toList();
	}

}

package io.draftwave.web;

import java.util.List;

import io.draftwave.corpus.Language;
import org.jspecify.annotations.Nullable;

/**
 * A request whose content breaks a rule of the API; the message says what to fix. When
 * the request named a language of its own, its problem's title is in that language.
 */
class InvalidRequestException extends RuntimeException {

	private final @Nullable Language language;

	InvalidRequestException(String message) {
		this(message, null);
	}

	InvalidRequestException(String message, @Nullable Language language) {
		super(message);
		this.language = language;
	}

	/**
	 * A field whose value is none of the allowed ones:
	 * {@code 'kind' must be one of press-release, memo; not 'letter'}.
	 */
	static InvalidRequestException notOneOf(String field, String value, List<String> allowed,
			@Nullable Language language) {
		return new InvalidRequestException(
				"'" + field + "' must be one of " + String.join(", ", allowed) + "; not '" + value + "'", language);
	}

	/** The language the request asked for, when it named a valid one. */
	@Nullable Language language() {
		return language;
	}

}

package io.draftwave.web;

/** A request whose content breaks a rule of the API; the message says what to fix. */
class InvalidRequestException extends RuntimeException {

	InvalidRequestException(String message) {
		super(message);
	}

}

package io.draftwave.tables;

/** A table could not be read, stored or analysed; the message says which and why. */
public class TableException extends RuntimeException {

	public TableException(String message) {
		super(message);
	}

	public TableException(String message, Throwable cause) {
		super(message, cause);
	}

}

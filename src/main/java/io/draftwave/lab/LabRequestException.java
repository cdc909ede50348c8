package io.draftwave.lab;

/** A run request that breaks a rule of the lab; the message says what to fix. */
public class LabRequestException extends IllegalArgumentException {

	public LabRequestException(String message) {
		super(message);
	}

}

package io.draftwave.lab;

/** No exercise, run or cell has the id asked for. */
public class LabNotFoundException extends RuntimeException {

	public LabNotFoundException(String message) {
		super(message);
	}

}

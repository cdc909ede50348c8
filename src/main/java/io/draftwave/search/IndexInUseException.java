package io.draftwave.search;

/**
 * The index folder is held by another process: a running service or another command-line
 * task on the same data folder. Only one process may write an index at a time.
 */
public class IndexInUseException extends RuntimeException {

	IndexInUseException(String location, Throwable cause) {
		super("the index at " + location + " is in use by another Draftwave process (a running service or "
				+ "command on the same data folder); stop it first or choose another --data-dir", cause);
	}

}

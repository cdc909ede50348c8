package io.draftwave.corpus;

/** Store work refused because the service is shutting down; nothing was written. */
public class StoreClosingException extends RuntimeException {

	public StoreClosingException() {
		super("the service is shutting down; send the request again once it is back");
	}

}

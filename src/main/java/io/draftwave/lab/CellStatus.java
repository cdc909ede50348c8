package io.draftwave.lab;

import java.util.Locale;

/**
 * Where a cell is: waiting, being drafted, drafted and scored, or failed with its error.
 */
public enum CellStatus {

	PENDING, RUNNING, DONE, FAILED;

	/** The wire name, e.g. {@code pending}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the cell will not change any more (until it is run again). */
	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}

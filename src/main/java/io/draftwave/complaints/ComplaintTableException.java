package io.draftwave.complaints;

/**
 * The table asked for cannot be analysed as complaints: no table has the id
 * ({@link #missing()}), or the table is no complaint table (no column of long free texts,
 * or no date column).
 */
public class ComplaintTableException extends RuntimeException {

	private final boolean missing;

	private ComplaintTableException(String message, boolean missing) {
		super(message);
		this.missing = missing;
	}

	static ComplaintTableException missing(String tableId) {
		return new ComplaintTableException("no table has the id '" + tableId + "'", true);
	}

	static ComplaintTableException notComplaints(String tableId, String title) {
		return new ComplaintTableException("the table '" + title + "' (" + tableId
				+ ") is no complaint table: it needs a column of free texts (on average at least "
				+ (int) ComplaintColumns.MIN_TEXT_LENGTH + " characters) and a date column", false);
	}

	/** Whether no table has the id (else the table exists but holds no complaints). */
	public boolean missing() {
		return missing;
	}

}

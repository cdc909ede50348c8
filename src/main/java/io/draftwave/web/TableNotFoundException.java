package io.draftwave.web;

/** No table has this id, or its document was removed. */
class TableNotFoundException extends RuntimeException {

	TableNotFoundException(String tableId) {
		super("no table has the id '" + tableId + "'");
	}

}

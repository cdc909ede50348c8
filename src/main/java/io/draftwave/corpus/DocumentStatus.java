package io.draftwave.corpus;

/**
 * Where a document is in its life. Only {@link #INDEXED} documents are acknowledged to
 * clients; the other two mark work that a crash may have interrupted and that the next
 * start finishes.
 */
public enum DocumentStatus {

	/** Record and original stored, passages being written to the index. */
	INDEXING,

	/** Passages committed to the index. */
	INDEXED,

	/** Being removed: index first, then record, then original. */
	DELETING

}

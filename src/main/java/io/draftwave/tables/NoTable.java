package io.draftwave.tables;

import java.util.List;

/**
 * No table holds what the question asks.
 *
 * @param question the question as asked
 * @param closest the tables that came nearest, best first (at most three, maybe none)
 */
public record NoTable(String question, List<TableInfo> closest) implements Answer {

	public NoTable {
		closest = List.copyOf(closest);
	}

}

package io.draftwave.search;

import java.util.List;

/**
 * Finds the passages most relevant to a query.
 */
interface Retriever {

	/**
	 * Searches the passages.
	 * @return at most {@code query.k()} hits sorted by relevance, with the most relevant
	 * at the beginning; empty when nothing matches. Ties are broken by source id so that
	 * results repeat.
	 */
	List<SearchHit> retrieve(SearchQuery query);

}

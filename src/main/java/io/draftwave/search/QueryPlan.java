package io.draftwave.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * A query built from the user's text, with the analysed terms per field for highlighting.
 * A plan serves one search: its {@link SentenceEvidence} keeps what it read for that
 * search's excerpts.
 *
 * @param query the Lucene query, null when the text has no searchable term (only stop
 * words)
 * @param termsByField the query's terms for each body field
 * @param evidence how the first hits are ranked again, null for not at all
 */
record QueryPlan(@Nullable Query query, Map<String, Set<String>> termsByField, @Nullable SentenceEvidence evidence) {

	QueryPlan {
		termsByField = Map.copyOf(termsByField);
	}

	/** A plan whose hits keep the query's order. */
	QueryPlan(@Nullable Query query, Map<String, Set<String>> termsByField) {
		this(query, termsByField, null);
	}

	Set<String> termsFor(String field) {
		return termsByField.getOrDefault(field, Set.of());
	}

}

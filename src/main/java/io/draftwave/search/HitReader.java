package io.draftwave.search;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads the hits of one search back: each hit's stored fields, taken from what the second
 * ranking already read when it read them, and its excerpt, from its body field's term
 * vector or, for a passage indexed without one, by analysing the passage again. One
 * instance per search, on the thread that holds the searcher.
 */
final class HitReader {

	private final SearchSchema schema;

	private final QueryPlan plan;

	private final StoredFields storedFields;

	private final TermVectors termVectors;

	HitReader(SearchSchema schema, QueryPlan plan, IndexSearcher searcher) throws IOException {
		this.schema = schema;
		this.plan = plan;
		this.storedFields = searcher.storedFields();
		this.termVectors = searcher.getIndexReader().termVectors();
	}

	/** A hit's stored fields: those the second ranking already read, else read now. */
	Document stored(int doc) throws IOException {
		Document read = plan.evidence() == null ? null : plan.evidence().stored(doc);
		return read != null ? read : storedFields.document(doc);
	}

	/** A hit's excerpt around the query's terms, from its stored fields. */
	String excerpt(int doc, Document stored) throws IOException {
		String text = stored.get(PassageFields.TEXT);
		String field = schema.bodyField(PassageFields.language(stored));
		Set<String> terms = plan.termsFor(field);
		@Nullable Terms vector = terms.isEmpty() ? null : termVector(doc, field);
		return vector != null && vector.hasOffsets()
				? Excerpts.excerpt(text, vector, SearchSchema.bodyPrefix(stored.get(PassageFields.TITLE)), terms)
				: Excerpts.excerpt(text, schema.analyzer(), field, terms);
	}

	/**
	 * A hit's term vector of one field: the one the second ranking already read, else
	 * read now.
	 */
	private @Nullable Terms termVector(int doc, String field) throws IOException {
		Terms read = plan.evidence() == null ? null : plan.evidence().vector(doc, field);
		return read != null ? read : termVectors.get(doc, field);
	}

}

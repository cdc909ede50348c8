package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.draftwave.corpus.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The searchable fields of one {@link AnalysisScheme}: how a passage is turned into indexed
 * fields and a query text into a Lucene query. Immutable and thread-safe.
 */
sealed interface SearchSchema extends AutoCloseable permits FlatSchema, BilingualSchema {

	/**
	 * Distinct terms kept per analysed query text, so that a pasted page stays under Lucene's
	 * clause limit (1,024 leaves across all fields).
	 */
	int MAX_QUERY_TERMS = 200;

	/**
	 * Type of the body fields: analysed, not stored, with term vectors holding positions and
	 * offsets so that a hit's excerpt is read from its term vector instead of analysing it again.
	 */
	FieldType BODY_TYPE = bodyType();

	/** Analyzer for every searchable field, chosen by field name. */
	Analyzer analyzer();

	/** Adds the searchable (unstored) fields of a passage. */
	void addSearchableFields(Document document, String title, String text, Language language);

	/** The field whose analysis decides what is highlighted in a passage of this language. */
	String bodyField(Language passageLanguage);

	/** Builds the query for a user's text. */
	QueryPlan plan(String text, @Nullable Language hint, float titleBoost);

	@Override
	void close();

	static SearchSchema of(AnalysisScheme scheme) {
		return switch (scheme) {
			case KOREAN_ENGLISH -> new BilingualSchema();
			case STANDARD -> new FlatSchema(Analyzers.standard());
			case CJK_BIGRAM -> new FlatSchema(Analyzers.cjkBigram());
			case NORI_FLAT -> new FlatSchema(Analyzers.noriUntuned());
			case ENGLISH_FLAT -> new FlatSchema(Analyzers.english());
		};
	}

	/** The body field of a passage: {@code title + "\n" + text}, or the text alone without a title. */
	static Field body(String field, String title, String text) {
		return new Field(field, bodyText(title, text), BODY_TYPE);
	}

	/** The text of a passage's body field, which is also what an embedder is given. */
	static String bodyText(String title, String text) {
		return title.isEmpty() ? text : title + "\n" + text;
	}

	/** Characters before the passage's text in its {@link #body body field}. */
	static int bodyPrefix(String title) {
		return title.isEmpty() ? 0 : title.length() + 1;
	}

	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setStoreTermVectors(true);
		type.setStoreTermVectorPositions(true);
		type.setStoreTermVectorOffsets(true);
		type.freeze();
		return type;
	}

	/** The distinct terms of a text in first-seen order, each with its count. */
	static Map<String, Integer> termCounts(Analyzer analyzer, String field, String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String value = term.toString();
				if (counts.containsKey(value) || counts.size() < MAX_QUERY_TERMS) {
					counts.merge(value, 1, Integer::sum);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return counts;
	}

	/** Adds one SHOULD clause per distinct term, weighted by its count times {@code weight}. */
	static void addBagOfWords(BooleanQuery.Builder builder, String field, Map<String, Integer> counts,
			float weight) {
		counts.forEach((term, count) -> {
			Query termQuery = new TermQuery(new Term(field, term));
			float boost = weight * count;
			builder.add(boost == 1f ? termQuery : new BoostQuery(termQuery, boost), BooleanClause.Occur.SHOULD);
		});
	}

}

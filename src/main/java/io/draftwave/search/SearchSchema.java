package io.draftwave.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.jspecify.annotations.Nullable;

/**
 * The searchable fields of one {@link AnalysisScheme}: how a passage is turned into
 * indexed fields and a query text into a Lucene query. Immutable and thread-safe.
 */
sealed interface SearchSchema extends AutoCloseable permits FlatSchema, BilingualSchema {

	/**
	 * Distinct terms kept per analysed query text, so that a pasted page stays under
	 * Lucene's clause limit (1,024 leaves across all fields).
	 */
	int MAX_QUERY_TERMS = 200;

	/**
	 * Type of the body fields: analysed, not stored, with term vectors holding positions
	 * and offsets so that a hit's excerpt is read from its term vector instead of
	 * analysing it again.
	 */
	FieldType BODY_TYPE = bodyType();

	/** Analyzer for every searchable field, chosen by field name. */
	Analyzer analyzer();

	/** Adds the searchable (unstored) fields of a passage. */
	void addSearchableFields(Document document, String title, String text, Language language);

	/**
	 * The field whose analysis decides what is highlighted in a passage of this language.
	 */
	String bodyField(Language passageLanguage);

	/**
	 * How the fields are scored: BM25 with the given parameters, except where the schema
	 * has its own for some fields.
	 */
	default Similarity similarity(float k1, float b) {
		return new BM25Similarity(k1, b);
	}

	/** Builds the query for a user's text. */
	QueryPlan plan(String text, @Nullable Language hint, float titleBoost);

	@Override
	void close();

	/** The schema of a scheme, with the service's Korean analysis. */
	static SearchSchema of(AnalysisScheme scheme) {
		return of(new IndexSettings(scheme.name(), scheme, 1f, 1f, 0.5f));
	}

	static SearchSchema of(IndexSettings settings) {
		return switch (settings.scheme()) {
			case KOREAN_ENGLISH -> new BilingualSchema(settings.korean());
			case STANDARD -> new FlatSchema(Analyzers.standard());
			case CJK_BIGRAM -> new FlatSchema(Analyzers.cjkBigram());
			case NORI_FLAT -> new FlatSchema(Analyzers.noriUntuned());
			case ENGLISH_FLAT -> new FlatSchema(Analyzers.english());
		};
	}

	/**
	 * The body field of a passage: {@code title + "\n" + text}, or the text alone without
	 * a title.
	 */
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
		return analyse(analyzer, field, text).counts();
	}

	/**
	 * A text analysed once for a query.
	 *
	 * @param counts the distinct terms in first-seen order, each with its count; at most
	 * {@link #MAX_QUERY_TERMS} distinct terms, counted over the whole text
	 * @param sequence the terms in order, repeats included, at most
	 * {@link #MAX_QUERY_TERMS} × 2
	 */
	record QueryTerms(Map<String, Integer> counts, List<String> sequence) {
	}

	/** Analyses a text once into its {@link QueryTerms}. */
	static QueryTerms analyse(Analyzer analyzer, String field, String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> sequence = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String value = term.toString();
				if (counts.containsKey(value) || counts.size() < MAX_QUERY_TERMS) {
					counts.merge(value, 1, Integer::sum);
				}
				if (sequence.size() < 2 * MAX_QUERY_TERMS) {
					sequence.add(value);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new QueryTerms(counts, sequence);
	}

	/**
	 * Word pairs searched per analysed query text, so that the pairs stay well under
	 * Lucene's clause limit next to the term clauses.
	 */
	int MAX_QUERY_PAIRS = 100;

	/**
	 * Adds one SHOULD clause per distinct pair of neighbouring terms, a phrase whose
	 * words may be up to {@code slop} positions apart, weighted by {@code weight}.
	 */
	static void addWordPairs(BooleanQuery.Builder builder, String field, List<String> terms, int slop, float weight) {
		Set<String> seen = new HashSet<>();
		for (int i = 1; i < terms.size() && seen.size() < MAX_QUERY_PAIRS; i++) {
			String first = terms.get(i - 1);
			String second = terms.get(i);
			if (!first.equals(second) && seen.add(first + ' ' + second)) {
				Query pair = new PhraseQuery(slop, field, first, second);
				builder.add(new BoostQuery(pair, weight), BooleanClause.Occur.SHOULD);
			}
		}
	}

	/**
	 * Adds one SHOULD clause per distinct pair of distinct terms, neighbouring or not, in
	 * the order of the text: a phrase whose words may be up to {@code slop} positions
	 * apart (in either order, which costs two more), weighted by {@code weight}. At most
	 * {@link #MAX_QUERY_PAIRS} pairs, the nearest first.
	 */
	static void addAllPairs(BooleanQuery.Builder builder, String field, List<String> terms, int slop, float weight) {
		List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(terms));
		Set<String> seen = new HashSet<>();
		for (int distance = 1; distance < distinct.size() && seen.size() < MAX_QUERY_PAIRS; distance++) {
			for (int i = distance; i < distinct.size() && seen.size() < MAX_QUERY_PAIRS; i++) {
				String first = distinct.get(i - distance);
				String second = distinct.get(i);
				if (seen.add(first + ' ' + second)) {
					Query pair = new PhraseQuery(slop, field, first, second);
					builder.add(new BoostQuery(pair, weight), BooleanClause.Occur.SHOULD);
				}
			}
		}
	}

	/**
	 * Adds one SHOULD clause per distinct term, weighted by its count times
	 * {@code weight}.
	 */
	static void addBagOfWords(BooleanQuery.Builder builder, String field, Map<String, Integer> counts, float weight) {
		counts.forEach((term, count) -> {
			Query termQuery = new TermQuery(new Term(field, term));
			float boost = weight * count;
			builder.add(boost == 1f ? termQuery : new BoostQuery(termQuery, boost), BooleanClause.Occur.SHOULD);
		});
	}

}

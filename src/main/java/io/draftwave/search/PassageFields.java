package io.draftwave.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene document of one passage: its ids, the stored fields a hit or a citation is
 * read back from, and the searchable fields its {@link SearchSchema} adds. Writing,
 * ranking and reading all name the fields through this class, so that they cannot drift
 * apart. A passage {@code 3} of document {@code d} is stored as source id {@code d-3}
 * (indexed, with doc values for sorting), document id {@code d} (indexed), title, text,
 * heading, page, sheet, start, end, ordinal and language code (stored only).
 */
final class PassageFields {

	static final String SOURCE_ID = "sourceId";
	static final String DOCUMENT_ID = "documentId";
	static final String TITLE = "title";
	static final String TEXT = "text";
	static final String HEADING = "heading";
	static final String PAGE = "page";
	static final String SHEET = "sheet";
	static final String START = "start";
	static final String END = "end";
	static final String ORDINAL = "ordinal";
	static final String LANGUAGE = "language";

	private PassageFields() {
	}

	/**
	 * The Lucene document of a passage, its language detected from its text, without a
	 * vector.
	 */
	static Document of(IndexedDocument document, Passage passage, SearchSchema schema) {
		String sourceId = SourcePassage.sourceId(document.documentId(), passage.ordinal());
		Language language = Language.detect(passage.text());
		Document lucene = new Document();
		lucene.add(new StringField(SOURCE_ID, sourceId, Field.Store.YES));
		lucene.add(new SortedDocValuesField(SOURCE_ID, new BytesRef(sourceId)));
		lucene.add(new StringField(DOCUMENT_ID, document.documentId(), Field.Store.YES));
		lucene.add(new StoredField(TITLE, document.title()));
		lucene.add(new StoredField(TEXT, passage.text()));
		if (passage.heading() != null) {
			lucene.add(new StoredField(HEADING, passage.heading()));
		}
		if (passage.page() != null) {
			lucene.add(new StoredField(PAGE, passage.page()));
		}
		if (passage.sheet() != null) {
			lucene.add(new StoredField(SHEET, passage.sheet()));
		}
		lucene.add(new StoredField(START, passage.start()));
		lucene.add(new StoredField(END, passage.end()));
		lucene.add(new StoredField(ORDINAL, passage.ordinal()));
		lucene.add(new StoredField(LANGUAGE, language.code()));
		schema.addSearchableFields(lucene, document.title(), passage.text(), language);
		return lucene;
	}

	/**
	 * The Lucene documents of a document's passages, in order, each with its vector when
	 * {@code vectors} holds one for its source id.
	 */
	static List<Document> of(IndexedDocument document, Map<String, float[]> vectors, SearchSchema schema) {
		List<Document> passages = new ArrayList<>(document.passages().size());
		for (Passage passage : document.passages()) {
			Document lucene = of(document, passage, schema);
			float[] vector = vectors.get(SourcePassage.sourceId(document.documentId(), passage.ordinal()));
			if (vector != null) {
				lucene.add(PassageVectors.field(vector));
			}
			passages.add(lucene);
		}
		return passages;
	}

	/** The term selecting every passage of a document. */
	static Term document(String documentId) {
		return new Term(DOCUMENT_ID, documentId);
	}

	/** Every passage of these documents. */
	static Query documents(Collection<String> documentIds) {
		return new TermInSetQuery(DOCUMENT_ID, documentIds.stream().map(BytesRef::new).toList());
	}

	/** The passage as a citation resolves to it, from its stored fields. */
	static SourcePassage source(Document stored) {
		return new SourcePassage(stored.get(SOURCE_ID), stored.get(DOCUMENT_ID), stored.get(TITLE), stored.get(TEXT),
				stored.get(HEADING), intOrNull(stored, PAGE), stored.get(SHEET), intOrZero(stored, START),
				intOrZero(stored, END));
	}

	/** The passage as ingestion gave it, from its stored fields. */
	static Passage passage(Document stored) {
		return new Passage(intOrZero(stored, ORDINAL), stored.get(TEXT), intOrZero(stored, START),
				intOrZero(stored, END), stored.get(HEADING), intOrNull(stored, PAGE), stored.get(SHEET));
	}

	/** The search hit of a passage, from its stored fields. */
	static SearchHit hit(Document stored, String excerpt, float score) {
		return new SearchHit(stored.get(SOURCE_ID), stored.get(DOCUMENT_ID), stored.get(TITLE), excerpt, score,
				intOrNull(stored, PAGE), intOrZero(stored, START), intOrZero(stored, END));
	}

	/** The language the passage was analysed in. */
	static Language language(Document stored) {
		return Language.of(stored.get(LANGUAGE));
	}

	/** The stored title, empty when there is none. */
	static String title(Document stored) {
		String title = stored.get(TITLE);
		return title == null ? "" : title;
	}

	/** The stored text, empty when there is none. */
	static String text(Document stored) {
		String text = stored.get(TEXT);
		return text == null ? "" : text;
	}

	static int ordinal(Document stored) {
		return intOrZero(stored, ORDINAL);
	}

	private static @Nullable Integer intOrNull(Document stored, String field) {
		var value = stored.getField(field);
		return value == null ? null : value.numericValue().intValue();
	}

	private static int intOrZero(Document stored, String field) {
		Integer value = intOrNull(stored, field);
		return value == null ? 0 : value;
	}

}

package io.draftwave.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Reads stored passages back from one searcher, by id rather than by relevance: a
 * passage, its neighbours, the documents' ids, whole documents, term statistics. Each
 * method runs at most one Lucene query. Stateless; thread-safe as the searcher is.
 */
final class StoredPassages {

	private StoredPassages() {
	}

	/** The passage with this source id, if it is indexed. */
	static Optional<SourcePassage> find(IndexSearcher searcher, String sourceId) throws IOException {
		TopDocs top = searcher.search(new TermQuery(new Term(PassageFields.SOURCE_ID, sourceId)), 1);
		if (top.scoreDocs.length == 0) {
			return Optional.empty();
		}
		return Optional.of(PassageFields.source(searcher.storedFields().document(top.scoreDocs[0].doc)));
	}

	/**
	 * The passage with this source id and the passages of its document whose ordinals are
	 * at most {@code around} away, in document order, read by one query on the document
	 * id and the neighbours' source ids: {@code d-5} with 2 around asks for {@code d-3}
	 * to {@code d-7} of document {@code d}. Empty when the passage is not indexed; the
	 * passage alone when its source id holds no ordinal.
	 * @param around passages on each side, at least 0
	 */
	static List<SourcePassage> neighbours(IndexSearcher searcher, String sourceId, int around) throws IOException {
		if (around < 0) {
			throw new IllegalArgumentException("around must be at least 0, not " + around);
		}
		int dash = sourceId.lastIndexOf('-');
		int ordinal = dash <= 0 ? -1 : ordinal(sourceId.substring(dash + 1));
		if (ordinal < 0) {
			return find(searcher, sourceId).map(List::of).orElse(List.of());
		}
		String documentId = sourceId.substring(0, dash);
		List<BytesRef> ids = new ArrayList<>(2 * around + 1);
		for (long o = Math.max(0, (long) ordinal - around); o <= (long) ordinal + around; o++) {
			ids.add(new BytesRef(documentId + "-" + o));
		}
		Query query = new BooleanQuery.Builder()
			.add(new TermQuery(PassageFields.document(documentId)), BooleanClause.Occur.FILTER)
			.add(new TermInSetQuery(PassageFields.SOURCE_ID, ids), BooleanClause.Occur.FILTER)
			.build();
		StoredFields storedFields = searcher.storedFields();
		List<Document> found = new ArrayList<>(ids.size());
		for (ScoreDoc hit : searcher.search(query, ids.size()).scoreDocs) {
			found.add(storedFields.document(hit.doc));
		}
		if (found.stream().noneMatch(stored -> sourceId.equals(stored.get(PassageFields.SOURCE_ID)))) {
			return List.of();
		}
		found.sort(Comparator.comparingInt(PassageFields::ordinal));
		return found.stream().map(PassageFields::source).toList();
	}

	/** The ordinal a source id ends with: digits only, else -1. */
	private static int ordinal(String digits) {
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return -1;
		}
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * In how many passages the term occurs in any of the fields, summed over the fields.
	 */
	static int documentFrequency(IndexSearcher searcher, Collection<String> fields, String term) throws IOException {
		int df = 0;
		for (String field : fields) {
			df += searcher.getIndexReader().docFreq(new Term(field, term));
		}
		return df;
	}

	/** The ids of the documents with at least one live passage, sorted. */
	static Set<String> documentIds(IndexSearcher searcher) throws IOException {
		Set<String> ids = new TreeSet<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Terms terms = leaf.reader().terms(PassageFields.DOCUMENT_ID);
			if (terms == null) {
				continue;
			}
			var liveDocs = leaf.reader().getLiveDocs();
			TermsEnum termsEnum = terms.iterator();
			PostingsEnum postings = null;
			for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
				postings = termsEnum.postings(postings, PostingsEnum.NONE);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					if (liveDocs == null || liveDocs.get(doc)) {
						ids.add(term.utf8ToString());
						break;
					}
				}
			}
		}
		return Set.copyOf(ids);
	}

	/** The documents as their stored passages give them back, passages by ordinal. */
	static List<IndexedDocument> documents(IndexSearcher searcher, List<String> documentIds) throws IOException {
		TopDocs all = searcher.search(PassageFields.documents(documentIds),
				Math.max(1, searcher.getIndexReader().numDocs()));
		Map<String, String> titles = new HashMap<>();
		Map<String, List<Passage>> passages = new LinkedHashMap<>();
		StoredFields storedFields = searcher.storedFields();
		for (ScoreDoc hit : all.scoreDocs) {
			Document stored = storedFields.document(hit.doc);
			String documentId = stored.get(PassageFields.DOCUMENT_ID);
			titles.put(documentId, stored.get(PassageFields.TITLE));
			passages.computeIfAbsent(documentId, id -> new ArrayList<>()).add(PassageFields.passage(stored));
		}
		List<IndexedDocument> documents = new ArrayList<>(passages.size());
		passages.forEach((id, list) -> {
			list.sort(Comparator.comparingInt(Passage::ordinal));
			documents.add(new IndexedDocument(id, titles.get(id), list));
		});
		return documents;
	}

}

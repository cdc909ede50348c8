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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Reads stored passages back from one searcher, by id rather than by relevance: a passage, the
 * documents' ids, whole documents, term statistics. Each method runs at most one
 * Lucene query. Stateless; thread-safe as the searcher is.
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

	/** In how many passages the term occurs in any of the fields, summed over the fields. */
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

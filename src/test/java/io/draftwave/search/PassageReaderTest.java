package io.draftwave.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Passage;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading passages back by id: a cited passage's neighbours, a missing source, term
 * statistics.
 */
class PassageReaderTest {

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void should_give_the_cited_passage_between_its_neighbours_in_document_order_when_it_sits_in_the_middle() {
		// given: the passages of "doc" added in reverse order, and another document whose
		// ids share a prefix
		index.indexAll(List.of(document("doc", 8), document("doc-1", 3)));

		// when
		List<SourcePassage> context = index.neighbours("doc-4", 2);

		// then
		assertThat(context).extracting(SourcePassage::sourceId)
			.containsExactly("doc-2", "doc-3", "doc-4", "doc-5", "doc-6");
		assertThat(context).extracting(SourcePassage::documentId).containsOnly("doc");
		assertThat(context.get(2).text()).isEqualTo("passage 4 of doc");
	}

	@Test
	void should_stop_at_the_document_edges_when_the_cited_passage_is_first_or_last() {
		// given
		index.indexAll(List.of(document("doc", 4)));

		// when
		List<SourcePassage> first = index.neighbours("doc-0", 2);
		List<SourcePassage> last = index.neighbours("doc-3", 10);
		List<SourcePassage> alone = index.neighbours("doc-1", 0);

		// then
		assertThat(first).extracting(SourcePassage::sourceId).containsExactly("doc-0", "doc-1", "doc-2");
		assertThat(last).extracting(SourcePassage::sourceId).containsExactly("doc-0", "doc-1", "doc-2", "doc-3");
		assertThat(alone).extracting(SourcePassage::sourceId).containsExactly("doc-1");
	}

	@Test
	void should_give_nothing_when_the_source_is_not_indexed() {
		// given
		index.indexAll(List.of(document("doc", 3)));

		// when, then: an ordinal past the end, an unknown document, an id without an
		// ordinal
		assertThat(index.neighbours("doc-3", 2)).isEmpty();
		assertThat(index.neighbours("other-1", 2)).isEmpty();
		assertThat(index.neighbours("doc", 2)).isEmpty();
		assertThat(index.neighbours("doc-x", 2)).isEmpty();
		assertThat(index.findSource("doc-3")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> index.neighbours("doc-1", -1));
	}

	@Test
	void should_read_the_neighbourhood_with_one_query_when_it_holds_many_passages() throws IOException {
		// given
		try (Directory directory = new ByteBuffersDirectory();
				SearchSchema schema = SearchSchema.of(IndexSettings.defaults())) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
				writer.addDocuments(PassageFields.of(document("doc", 30), Map.of(), schema));
			}
			try (IndexReader reader = DirectoryReader.open(directory)) {
				CountingSearcher searcher = new CountingSearcher(reader);

				// when
				List<SourcePassage> context = StoredPassages.neighbours(searcher, "doc-15", 10);

				// then
				assertThat(context).hasSize(21);
				assertThat(context).extracting(SourcePassage::ordinal).isSorted().startsWith(5).endsWith(25);
				assertThat(searcher.queries).isEqualTo(1);
			}
		}
	}

	@Test
	void should_count_passages_of_both_languages_when_asked_for_a_term_s_document_frequency() {
		// given: the term "data" in an English passage and in a Korean one that quotes
		// it, "analyst" in one
		index
			.indexAll(List.of(
					new IndexedDocument("en", "Report",
							List.of(passage(0, "The city trained data analysts."),
									passage(1, "The bus lines changed."))),
					new IndexedDocument("ko", "보고서", List.of(passage(0, "시는 올해 data 분석가 교육을 열었다.")))));

		// when
		int data = index.documentFrequency("data");
		int analyst = index.documentFrequency("analyst");
		int unseen = index.documentFrequency("지하철");

		// then: counted per passage, over the Korean and the English body fields
		assertThat(data).isEqualTo(2);
		assertThat(analyst).isEqualTo(1);
		assertThat(unseen).isZero();
	}

	/**
	 * A document of {@code passages} passages, listed last to first so that index order
	 * is not document order.
	 */
	private static IndexedDocument document(String id, int passages) {
		List<Passage> list = new ArrayList<>();
		for (int i = passages - 1; i >= 0; i--) {
			String text = "passage " + i + " of " + id;
			list.add(new Passage(i, text, i * 100, i * 100 + text.length(), null, null, null));
		}
		return new IndexedDocument(id, "Title of " + id, list);
	}

	private static Passage passage(int ordinal, String text) {
		return new Passage(ordinal, text, 0, text.length(), null, null, null);
	}

	/**
	 * Counts the queries run on it: every search of an {@link IndexSearcher} ends in this
	 * method.
	 */
	private static final class CountingSearcher extends IndexSearcher {

		int queries;

		CountingSearcher(IndexReader reader) {
			super(reader);
		}

		@Override
		public <C extends Collector, T> T search(Query query, CollectorManager<C, T> collectorManager)
				throws IOException {
			queries++;
			return super.search(query, collectorManager);
		}

	}

}

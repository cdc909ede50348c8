package io.draftwave.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.Passage;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HybridSearchTest {

	private static final List<IndexedDocument> DOCUMENTS = List.of(
			document("auto", "Road notes", "The automobile broke down on the bridge."),
			document("clinic", "Health notes", "The physician saw forty patients on Monday."),
			document("park", "Park notes", "The city planted trees along the bridge."),
			document("ko", "도로 안내", "다리 위에서 자동차가 고장 났다."));

	@Test
	void should_find_a_passage_by_meaning_when_it_shares_no_word_with_the_query() {
		// given
		try (LuceneIndex bm25 = LuceneIndex.inMemory(IndexSettings.defaults());
				LuceneIndex hybrid = LuceneIndex.inMemory(IndexSettings.defaults(),
						VectorSearch.hybrid(ConceptEmbedder.english("concepts")))) {
			bm25.indexAll(DOCUMENTS);
			hybrid.indexAll(DOCUMENTS);

			// when
			List<SearchHit> lexical = bm25.retrieve(SearchQuery.of("car", 10));
			List<SearchHit> fused = hybrid.retrieve(SearchQuery.of("car", 10));

			// then
			assertThat(lexical).isEmpty();
			assertThat(fused).extracting(SearchHit::documentId).first().isEqualTo("auto");
		}
	}

	@Test
	void should_rank_first_the_passage_both_rankings_agree_on() {
		// given: "bridge" matches auto and park by BM25; "automobile bridge" is nearest
		// to auto
		try (LuceneIndex hybrid = LuceneIndex.inMemory(IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("concepts")))) {
			hybrid.indexAll(DOCUMENTS);

			// when
			List<SearchHit> hits = hybrid.retrieve(SearchQuery.of("vehicle on the bridge", 10));

			// then: auto is in both rankings, so it scores at least 1/61 + 1/62
			assertThat(hits.getFirst().documentId()).isEqualTo("auto");
			assertThat(hits.getFirst().score()).isGreaterThanOrEqualTo((float) (1.0 / 61 + 1.0 / 62) - 1e-6f);
			assertThat(hits).extracting(SearchHit::documentId).contains("park");
		}
	}

	@Test
	void should_rank_by_vectors_alone_when_the_mode_is_dense() {
		// given
		ConceptEmbedder embedder = ConceptEmbedder.english("concepts");
		try (LuceneIndex dense = LuceneIndex.inMemory(IndexSettings.defaults(),
				new VectorSearch(embedder, VectorSearch.Mode.DENSE, 10, 60))) {
			dense.indexAll(DOCUMENTS);

			// when
			List<SearchHit> hits = dense.retrieve(SearchQuery.of("doctor", 2));

			// then: Korean passages have no vector and are never found
			assertThat(hits).hasSize(2);
			assertThat(hits.getFirst().documentId()).isEqualTo("clinic");
			assertThat(hits).extracting(SearchHit::documentId).doesNotContain("ko");
		}
	}

	@Test
	void should_keep_to_the_requested_documents_when_searching_with_vectors() {
		// given
		try (LuceneIndex hybrid = LuceneIndex.inMemory(IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("concepts")))) {
			hybrid.indexAll(DOCUMENTS);

			// when
			List<SearchHit> hits = hybrid.retrieve(new SearchQuery("car bridge", 10, null, Set.of("park")));

			// then
			assertThat(hits).extracting(SearchHit::documentId).containsOnly("park");
		}
	}

	@Test
	void should_answer_with_bm25_alone_when_the_embedder_fails_at_query_time() {
		// given
		ConceptEmbedder embedder = ConceptEmbedder.english("concepts");
		try (LuceneIndex bm25 = LuceneIndex.inMemory(IndexSettings.defaults());
				LuceneIndex hybrid = LuceneIndex.inMemory(IndexSettings.defaults(), VectorSearch.hybrid(embedder))) {
			bm25.indexAll(DOCUMENTS);
			hybrid.indexAll(DOCUMENTS);
			embedder.failing = true;

			// when
			List<SearchHit> hits = hybrid.retrieve(SearchQuery.of("bridge", 10));

			// then: the same hits and BM25 scores as an index without vectors
			assertThat(hits).isEqualTo(bm25.retrieve(SearchQuery.of("bridge", 10)));
			assertThat(hits).extracting(SearchHit::documentId).containsExactlyInAnyOrder("auto", "park");
		}
	}

	@Test
	void should_embed_neither_korean_passages_nor_korean_queries_when_the_embedder_knows_english_only() {
		// given
		ConceptEmbedder embedder = ConceptEmbedder.english("concepts");
		try (LuceneIndex bm25 = LuceneIndex.inMemory(IndexSettings.defaults());
				LuceneIndex hybrid = LuceneIndex.inMemory(IndexSettings.defaults(), VectorSearch.hybrid(embedder))) {
			bm25.indexAll(DOCUMENTS);
			hybrid.indexAll(DOCUMENTS);

			// when
			List<SearchHit> hits = hybrid.retrieve(SearchQuery.of("자동차 고장", 10));

			// then
			assertThat(embedder.passages).hasSize(3).noneMatch(text -> text.contains("자동차"));
			assertThat(embedder.queries).isEmpty();
			assertThat(hits).isEqualTo(bm25.retrieve(SearchQuery.of("자동차 고장", 10)));
		}
	}

	@Test
	void should_embed_every_passage_again_when_the_configured_model_changed(@TempDir Path folder) {
		// given: an index written with model a (8 dimensions)
		try (LuceneIndex before = new LuceneIndex(folder, IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("model-a")))) {
			before.indexAll(DOCUMENTS);
			before.commit();
		}
		ConceptEmbedder modelB = new ConceptEmbedder("model-b", 12, Set.of(Language.EN));

		// when: it opens with model b (12 dimensions)
		try (LuceneIndex after = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(modelB))) {
			boolean staleAtOpen = after.embeddingsStale();
			String recordedAtOpen = after.recordedEmbedder();
			List<SearchHit> meanwhile = after.retrieve(SearchQuery.of("car", 10));
			int written = after.reembed();

			// then: searches used BM25 alone until every passage had a vector of model b
			assertThat(staleAtOpen).isTrue();
			assertThat(recordedAtOpen).isEqualTo("model-a");
			assertThat(meanwhile).isEmpty();
			assertThat(written).isEqualTo(4);
			assertThat(modelB.passages).containsExactlyInAnyOrder(
					"Road notes\nThe automobile broke down on the bridge.",
					"Health notes\nThe physician saw forty patients on Monday.",
					"Park notes\nThe city planted trees along the bridge.");
			assertThat(after.embeddingsStale()).isFalse();
			assertThat(after.retrieve(SearchQuery.of("car", 10))).extracting(SearchHit::documentId)
				.first()
				.isEqualTo("auto");
			assertThat(after.findSource("ko-0")).map(SourcePassage::text).hasValue("다리 위에서 자동차가 고장 났다.");
		}
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults(),
				VectorSearch.hybrid(new ConceptEmbedder("model-b", 12, Set.of(Language.EN))))) {
			assertThat(reopened.embeddingsStale()).isFalse();
			assertThat(reopened.passageCount()).isEqualTo(4);
		}
	}

	@Test
	void should_embed_again_on_the_next_start_when_the_embedder_failed_while_indexing(@TempDir Path folder) {
		// given
		ConceptEmbedder failing = ConceptEmbedder.english("model-a");
		failing.failing = true;
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(failing))) {
			// when
			index.indexAll(DOCUMENTS);
			index.commit();

			// then: the passages are there for BM25
			assertThat(index.retrieve(SearchQuery.of("bridge", 10))).hasSize(2);
		}
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("model-a")))) {
			assertThat(reopened.recordedEmbedder()).isEqualTo("model-a (incomplete)");
			assertThat(reopened.embeddingsStale()).isTrue();
		}
	}

	@Test
	void should_index_without_vectors_when_the_model_gives_more_dimensions_than_the_index_takes(@TempDir Path folder) {
		// given
		ConceptEmbedder wide = new ConceptEmbedder("wide", PassageVectors.MAX_DIMENSIONS + 1, Set.of(Language.EN));
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(wide))) {
			// when
			index.indexAll(DOCUMENTS);
			index.commit();

			// then
			assertThat(index.retrieve(SearchQuery.of("bridge", 10))).extracting(SearchHit::documentId)
				.containsExactlyInAnyOrder("auto", "park");
		}
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(wide))) {
			assertThat(reopened.recordedEmbedder()).isEqualTo("wide (incomplete)");
		}
	}

	@Test
	void should_record_no_embedder_when_the_index_is_written_without_vectors(@TempDir Path folder) {
		// given
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults())) {
			index.indexAll(DOCUMENTS);
			index.commit();
			assertThat(index.embeddingsStale()).isFalse();
		}

		// when
		try (LuceneIndex withModel = new LuceneIndex(folder, IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("model-a")))) {

			// then
			assertThat(withModel.recordedEmbedder()).isEqualTo("none");
			assertThat(withModel.embeddingsStale()).isTrue();
		}
	}

	@Test
	void should_write_no_new_commit_when_nothing_changed_and_no_embedder_is_configured(@TempDir Path folder)
			throws IOException {
		// given
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults())) {
			index.indexAll(DOCUMENTS);
			index.commit();
			long generation = commitGeneration(folder);

			// when
			index.commit();

			// then: as before vectors existed, an unchanged index commits nothing
			assertThat(commitGeneration(folder)).isEqualTo(generation);
		}
	}

	private static long commitGeneration(Path folder) throws IOException {
		try (Directory directory = FSDirectory.open(folder)) {
			return SegmentInfos.readLatestCommit(directory).getGeneration();
		}
	}

	private static IndexedDocument document(String id, String title, String text) {
		return new IndexedDocument(id, title, List.of(new Passage(0, text, 0, text.length(), null, null, null)));
	}

}

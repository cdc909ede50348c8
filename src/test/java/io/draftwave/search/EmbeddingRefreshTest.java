package io.draftwave.search;

import java.nio.file.Path;
import java.util.List;

import io.draftwave.corpus.IndexedDocument;
import io.draftwave.corpus.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingRefreshTest {

	private static final IndexedDocument DOCUMENT = new IndexedDocument("auto", "Road notes",
			List.of(new Passage(0, "The automobile broke down.", 0, 26, null, null, null)));

	@Test
	void should_embed_again_at_start_when_the_recorded_model_differs(@TempDir Path folder) {
		// given
		writeIndex(folder, IndexSettings.defaults(), "model-a");
		ConceptEmbedder modelB = ConceptEmbedder.english("model-b");
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(modelB))) {
			// when
			new EmbeddingRefresh(index).start();

			// then
			assertThat(modelB.passages).containsExactly("Road notes\nThe automobile broke down.");
			assertThat(index.embeddingsStale()).isFalse();
			assertThat(index.recordedEmbedder()).isEqualTo("model-b");
		}
	}

	@Test
	void should_embed_nothing_at_start_when_the_recorded_model_is_the_configured_one(@TempDir Path folder) {
		// given
		writeIndex(folder, IndexSettings.defaults(), "model-a");
		ConceptEmbedder same = ConceptEmbedder.english("model-a");
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(same))) {
			// when
			new EmbeddingRefresh(index).start();

			// then
			assertThat(same.passages).isEmpty();
			assertThat(index.embeddingsStale()).isFalse();
		}
	}

	@Test
	void should_leave_the_embedding_to_the_rebuild_when_the_index_was_analysed_differently(@TempDir Path folder) {
		// given: an index analysed without the bigram field, embedded by another model
		writeIndex(folder, IndexSettings.defaults().withKorean(KoreanAnalysis.UNTUNED), "model-a");
		ConceptEmbedder modelB = ConceptEmbedder.english("model-b");
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(modelB))) {
			// when
			new EmbeddingRefresh(index).start();

			// then
			assertThat(index.staleAnalysis()).isPresent();
			assertThat(modelB.passages).isEmpty();
		}
	}

	@Test
	void should_count_the_vectors_of_a_rebuilt_index_as_the_configured_models(@TempDir Path folder) {
		// given
		writeIndex(folder, IndexSettings.defaults(), "model-a");
		ConceptEmbedder modelB = ConceptEmbedder.english("model-b");
		try (LuceneIndex index = new LuceneIndex(folder, IndexSettings.defaults(), VectorSearch.hybrid(modelB))) {
			// when: cleared and indexed again, as a rebuild from the originals does
			index.deleteAll();
			index.index(DOCUMENT);
			index.commit();

			// then
			assertThat(modelB.passages).containsExactly("Road notes\nThe automobile broke down.");
			assertThat(index.embeddingsStale()).isFalse();
			assertThat(index.recordedEmbedder()).isEqualTo("model-b");
		}
		try (LuceneIndex reopened = new LuceneIndex(folder, IndexSettings.defaults(),
				VectorSearch.hybrid(ConceptEmbedder.english("model-b")))) {
			assertThat(reopened.embeddingsStale()).isFalse();
		}
	}

	/**
	 * Writes {@link #DOCUMENT} into an index in the folder, embedded by the given model.
	 */
	private static void writeIndex(Path folder, IndexSettings settings, String model) {
		try (LuceneIndex before = new LuceneIndex(folder, settings,
				VectorSearch.hybrid(ConceptEmbedder.english(model)))) {
			before.index(DOCUMENT);
			before.commit();
		}
	}

}

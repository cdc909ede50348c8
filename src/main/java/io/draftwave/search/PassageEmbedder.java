package io.draftwave.search;

import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;

/**
 * Turns passages and queries into dense vectors for hybrid retrieval. An embedder names
 * the model behind it ({@link #id()}); the index records that name with its vectors and
 * embeds every passage again when the configured embedder has another one.
 * Implementations are thread-safe.
 */
public interface PassageEmbedder {

	/**
	 * Identity of the model and its settings, e.g. {@code in-process:all-minilm-l6-v2-q}:
	 * two embedders with the same id give vectors that can be compared with each other.
	 */
	String id();

	/**
	 * The languages the model understands. Passages and queries in other languages get no
	 * vector and are searched by BM25 alone.
	 */
	Set<Language> languages();

	/**
	 * How many texts {@link #embedAll} is given at a time when passages are indexed, at
	 * least 1.
	 */
	int batchSize();

	/**
	 * Embeds passage texts.
	 * @return one vector per text, in the order of {@code texts}, all of the model's
	 * dimension
	 * @throws RuntimeException when the model cannot be reached or fails; nothing is
	 * half-returned
	 */
	List<float[]> embedAll(List<String> texts);

	/**
	 * Embeds a query; a model trained with a query instruction adds it here. By default
	 * the same as a passage.
	 */
	default float[] embedQuery(String text) {
		return embedAll(List.of(text)).getFirst();
	}

	/** Whether texts in this language get a vector. */
	default boolean understands(Language language) {
		return languages().contains(language);
	}

}

package io.draftwave.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.draftwave.corpus.Language;

/**
 * A test embedder whose vectors count concepts: words of one concept ("car",
 * "automobile") share a dimension, any other word is hashed onto the remaining ones. It
 * records what it was given and fails on demand.
 */
final class ConceptEmbedder implements PassageEmbedder {

	private static final Map<String, Integer> CONCEPTS = Map.of("car", 0, "automobile", 0, "vehicle", 0, "doctor", 1,
			"physician", 1, "forest", 2, "tree", 2, "trees", 2);

	private final String id;

	private final int dimension;

	private final Set<Language> languages;

	final List<String> passages = new CopyOnWriteArrayList<>();

	final List<String> queries = new CopyOnWriteArrayList<>();

	volatile boolean failing;

	ConceptEmbedder(String id, int dimension, Set<Language> languages) {
		this.id = id;
		this.dimension = dimension;
		this.languages = Set.copyOf(languages);
	}

	static ConceptEmbedder english(String id) {
		return new ConceptEmbedder(id, 8, EnumSet.of(Language.EN));
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public Set<Language> languages() {
		return languages;
	}

	@Override
	public int batchSize() {
		return 2;
	}

	@Override
	public List<float[]> embedAll(List<String> texts) {
		if (failing) {
			throw new IllegalStateException("embedding endpoint down");
		}
		passages.addAll(texts);
		List<float[]> vectors = new ArrayList<>(texts.size());
		texts.forEach(t -> vectors.add(vector(t)));
		return vectors;
	}

	@Override
	public float[] embedQuery(String text) {
		if (failing) {
			throw new IllegalStateException("embedding endpoint down");
		}
		queries.add(text);
		return vector(text);
	}

	private float[] vector(String text) {
		float[] vector = new float[dimension];
		for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
			if (word.isEmpty()) {
				continue;
			}
			Integer concept = CONCEPTS.get(word);
			int slot = concept != null ? concept : 3 + Math.floorMod(word.hashCode(), dimension - 3);
			vector[slot] += concept != null ? 3 : 1;
		}
		return vector;
	}

}

package io.draftwave.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.draftwave.corpus.Language;
import io.draftwave.search.PassageEmbedder;

/**
 * Remembers the passage vectors of an embedder for the length of one evaluation, so that
 * the configurations of a run embed the corpus once. Queries are embedded every time:
 * their cost is part of the measured latency. Thread-safe.
 */
final class CachedEmbedder implements PassageEmbedder {

	private final PassageEmbedder embedder;

	private final Map<String, float[]> passages = new ConcurrentHashMap<>();

	CachedEmbedder(PassageEmbedder embedder) {
		this.embedder = embedder;
	}

	@Override
	public String id() {
		return embedder.id();
	}

	@Override
	public Set<Language> languages() {
		return embedder.languages();
	}

	@Override
	public int batchSize() {
		return embedder.batchSize();
	}

	@Override
	public List<float[]> embedAll(List<String> texts) {
		List<String> missing = texts.stream().filter(t -> !passages.containsKey(t)).distinct().toList();
		if (!missing.isEmpty()) {
			List<float[]> vectors = embedder.embedAll(missing);
			for (int i = 0; i < missing.size(); i++) {
				passages.put(missing.get(i), vectors.get(i));
			}
		}
		List<float[]> out = new ArrayList<>(texts.size());
		texts.forEach(t -> out.add(passages.get(t)));
		return out;
	}

	@Override
	public float[] embedQuery(String text) {
		return embedder.embedQuery(text);
	}

}

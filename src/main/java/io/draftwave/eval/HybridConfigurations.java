package io.draftwave.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.llm.LangChainEmbedder;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.PassageEmbedder;
import io.draftwave.search.VectorSearch;

/**
 * The named configurations with dense vectors that evaluations accept beside
 * {@link Configurations}' BM25 ones. The in-process English model (all-MiniLM-L6-v2, quantised)
 * is loaded once, on first use, and shared by every configuration of a run.
 *
 * <ul>
 * <li>{@code dense-minilm}: nearest neighbours of the query's vector alone;</li>
 * <li>{@code hybrid-minilm}: Draftwave's BM25 ({@code nori}) fused with them by reciprocal rank;</li>
 * <li>{@code hybrid-minilm-flat}: Anserini's BM25 ({@code english-flat}) fused with them.</li>
 * </ul>
 * Each name may end in {@code -k<n>} (the RRF constant, default {@value VectorSearch#DEFAULT_RRF_K})
 * and {@code -n<n>} (the depth of each ranking, default {@value VectorSearch#DEFAULT_DEPTH}), in
 * that order: {@code hybrid-minilm-k20-n50}.
 */
public final class HybridConfigurations {

	/** The base names, in report order. */
	public static final List<String> NAMES = List.of("dense-minilm", "hybrid-minilm", "hybrid-minilm-flat");

	private static final Pattern NAME = Pattern.compile("(dense-minilm|hybrid-minilm|hybrid-minilm-flat)(?:-k(\\d+))?(?:-n(\\d+))?");

	private final Supplier<PassageEmbedder> miniLm;

	/** @param miniLm gives the in-process English embedder, called once at most per configuration */
	public HybridConfigurations(Supplier<PassageEmbedder> miniLm) {
		this.miniLm = miniLm;
	}

	/** Batch size of the in-process model during an evaluation. */
	private static final int BATCH_SIZE = 32;

	/**
	 * Configurations on the in-process model, loaded on first use and shared (with its passage
	 * vectors) by every configuration asked of this instance.
	 */
	public static HybridConfigurations inProcess() {
		PassageEmbedder[] shared = new PassageEmbedder[1];
		return new HybridConfigurations(() -> {
			if (shared[0] == null) {
				shared[0] = new CachedEmbedder(LangChainEmbedder.inProcessMiniLm(BATCH_SIZE));
			}
			return shared[0];
		});
	}

	/** The configuration behind a name, or empty when it is not one of these. */
	public Optional<RetrievalEvaluation.Setup> named(String name) {
		String normal = name.strip().toLowerCase(Locale.ROOT);
		Matcher m = NAME.matcher(normal);
		if (!m.matches()) {
			return Optional.empty();
		}
		int rrfK = m.group(2) == null ? VectorSearch.DEFAULT_RRF_K : Integer.parseInt(m.group(2));
		int depth = m.group(3) == null ? VectorSearch.DEFAULT_DEPTH : Integer.parseInt(m.group(3));
		IndexSettings bm25 = (m.group(1).endsWith("-flat") ? Configurations.named("english-flat")
				: IndexSettings.defaults()).withName(normal);
		VectorSearch.Mode mode = m.group(1).startsWith("dense") ? VectorSearch.Mode.DENSE : VectorSearch.Mode.HYBRID;
		return Optional.of(new RetrievalEvaluation.Setup(bm25, new VectorSearch(miniLm.get(), mode, depth, rrfK)));
	}

}

package io.draftwave.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.draftwave.llm.LangChainEmbedder;
import io.draftwave.search.EmbeddingProperties;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.PassageEmbedder;
import io.draftwave.search.VectorSearch;

/**
 * The named configurations with dense vectors that evaluations accept beside
 * {@link Configurations}' BM25 ones. The in-process English model (all-MiniLM-L6-v2,
 * quantised, as {@code minilm}) is loaded once, on first use, and shared with its passage
 * vectors by every configuration of a run.
 *
 * <ul>
 * <li>{@code dense-minilm}: nearest neighbours of the query's vector alone;</li>
 * <li>{@code hybrid-minilm}: Draftwave's BM25 ({@code nori}) fused with them by
 * reciprocal rank;</li>
 * <li>{@code hybrid-minilm-flat}: Anserini's BM25 ({@code english-flat}) fused with
 * them.</li>
 * </ul>
 * Each name may end in {@code -k<n>} (the RRF constant, default
 * {@value VectorSearch#DEFAULT_RRF_K}) and {@code -n<n>} (the depth of each ranking,
 * default {@value VectorSearch#DEFAULT_DEPTH}), in that order:
 * {@code hybrid-minilm-k20-n50}.
 */
public final class HybridConfigurations {

	/** The base names, in report order. */
	public static final List<String> NAMES = List.of("dense-minilm", "hybrid-minilm", "hybrid-minilm-flat");

	private static final Pattern NAME = Pattern.compile("(dense|hybrid)-(minilm)(-flat)?(?:-k(\\d+))?(?:-n(\\d+))?");

	private final Function<String, PassageEmbedder> models;

	/**
	 * @param models gives the in-process English embedder of a model name
	 * ({@value EmbeddingProperties#ALL_MINILM_L6_V2_Q}), called once per configuration
	 */
	public HybridConfigurations(Function<String, PassageEmbedder> models) {
		this.models = models;
	}

	/** Batch size of the in-process model during an evaluation. */
	private static final int BATCH_SIZE = 32;

	/**
	 * Configurations on the in-process model, loaded on first use and shared (with its
	 * passage vectors) by every configuration asked of this instance.
	 */
	public static HybridConfigurations inProcess() {
		Map<String, PassageEmbedder> shared = new HashMap<>();
		return new HybridConfigurations(model -> shared.computeIfAbsent(model,
				m -> new CachedEmbedder(LangChainEmbedder.inProcess(m, BATCH_SIZE))));
	}

	/** The configuration behind a name, or empty when it is not one of these. */
	public Optional<RetrievalEvaluation.Setup> named(String name) {
		String normal = name.strip().toLowerCase(Locale.ROOT);
		Matcher m = NAME.matcher(normal);
		if (!m.matches()) {
			return Optional.empty();
		}
		VectorSearch.Mode mode = m.group(1).equals("dense") ? VectorSearch.Mode.DENSE : VectorSearch.Mode.HYBRID;
		String model = EmbeddingProperties.ALL_MINILM_L6_V2_Q;
		IndexSettings bm25 = (m.group(3) != null ? Configurations.named("english-flat") : IndexSettings.defaults())
			.withName(normal);
		int rrfK = m.group(4) == null ? VectorSearch.DEFAULT_RRF_K : Integer.parseInt(m.group(4));
		int depth = m.group(5) == null ? VectorSearch.DEFAULT_DEPTH : Integer.parseInt(m.group(5));
		return Optional
			.of(new RetrievalEvaluation.Setup(bm25, new VectorSearch(models.apply(model), mode, depth, rrfK)));
	}

}

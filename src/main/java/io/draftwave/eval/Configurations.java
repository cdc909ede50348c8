package io.draftwave.eval;

import java.util.List;
import java.util.Locale;

import io.draftwave.search.AnalysisScheme;
import io.draftwave.search.IndexSettings;

/** The named index configurations that evaluations and benchmarks accept. */
public final class Configurations {

	/** The names {@link #named(String)} accepts, in report order. */
	public static final List<String> NAMES = List.of("nori", "nori-plain", "cjk", "standard", "english-flat");

	private Configurations() {
	}

	/**
	 * The settings behind a name: {@code nori} (Draftwave's defaults), {@code nori-plain}
	 * ({@code new KoreanAnalyzer()}, one field), {@code cjk}, {@code standard},
	 * {@code english-flat} (Anserini's BEIR flat).
	 * @throws IllegalArgumentException for any other name
	 */
	public static IndexSettings named(String name) {
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "nori" -> IndexSettings.defaults();
			case "nori-plain" -> IndexSettings.baseline("nori-plain", AnalysisScheme.NORI_FLAT);
			case "cjk" -> IndexSettings.baseline("cjk", AnalysisScheme.CJK_BIGRAM);
			case "standard" -> IndexSettings.baseline("standard", AnalysisScheme.STANDARD);
			case "english-flat" -> IndexSettings.baseline("english-flat", AnalysisScheme.ENGLISH_FLAT);
			default -> throw new IllegalArgumentException("unknown configuration '" + name + "', expected one of " + NAMES);
		};
	}

	/** One line describing the settings. */
	public static String describe(IndexSettings settings) {
		return String.format(Locale.ROOT, "%s, title×%.2f, k1 %.2f, b %.2f", settings.scheme(), settings.titleBoost(),
				settings.k1(), settings.b());
	}

}

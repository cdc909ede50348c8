package io.draftwave.eval;

import java.util.List;
import java.util.Locale;

import io.draftwave.search.AnalysisScheme;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.KoreanAnalysis;

/**
 * The named index configurations that evaluations and benchmarks accept.
 * <p>
 * Besides the fixed names, a Draftwave configuration can be varied knob by knob, so that
 * one run compares the variants side by side: {@code nori} or {@code nori-untuned}
 * followed by modifiers, each introduced by {@code +}, applied left to right:
 * <ul>
 * <li>{@code none}, {@code discard}, {@code mixed}: Nori's compound handling;</li>
 * <li>{@code stop.default}, {@code stop.question}, {@code stop.modifiers}: the
 * part-of-speech stop tags ({@link KoreanAnalysis.StopTags});</li>
 * <li>{@code dict}, {@code nodict}: the user dictionary on or off;</li>
 * <li>{@code bigrams=W}: the Hangul-bigram field with query weight W (0 removes it);</li>
 * <li>{@code pairs=W}: neighbouring query words as sloppy phrases with weight W (0:
 * none);</li>
 * <li>{@code sentences=W}: every pair of query words as a sloppy phrase inside one
 * sentence, with weight W (0: no sentence field);</li>
 * <li>{@code title=W}, {@code k1=X}, {@code b=X}: title weight and BM25 parameters of
 * every field;</li>
 * <li>{@code ko.k1=X}, {@code ko.b=X}: BM25 parameters of the Korean fields only;</li>
 * <li>{@code evidence=W}, {@code evidence.bigrams=W}, {@code evidence.depth=N}: the
 * second ranking of a Korean query's first N hits by their best sentence, with the
 * weights of its word and bigram evidence ({@link KoreanAnalysis.Evidence});
 * {@code noevidence}: none.</li>
 * </ul>
 * For example {@code nori-untuned+mixed+bigrams=0.2} or {@code nori+k1=1.2+b=0.75}. The
 * name is kept as the configuration's label.
 */
public final class Configurations {

	/** The fixed names {@link #named(String)} accepts, in report order. */
	public static final List<String> NAMES = List.of("nori", "nori-untuned", "nori-plain", "cjk", "standard",
			"english-flat");

	private Configurations() {
	}

	/**
	 * The settings behind a name: {@code nori} (Draftwave's defaults),
	 * {@code nori-untuned} (Draftwave's scheme with {@link KoreanAnalysis#UNTUNED}),
	 * {@code nori-plain} ({@code new KoreanAnalyzer()}, one field), {@code cjk},
	 * {@code standard}, {@code english-flat} (Anserini's BEIR flat), or
	 * {@code nori}/{@code nori-untuned} with modifiers (see the class description).
	 * @throws IllegalArgumentException for any other name or an unknown modifier
	 */
	public static IndexSettings named(String name) {
		String label = name.strip().toLowerCase(Locale.ROOT);
		String[] parts = label.split("\\+");
		IndexSettings settings = base(parts[0]);
		if (parts.length > 1 && settings.scheme() != AnalysisScheme.KOREAN_ENGLISH) {
			throw new IllegalArgumentException("modifiers apply to nori and nori-untuned only: '" + name + "'");
		}
		for (int i = 1; i < parts.length; i++) {
			settings = modify(settings, parts[i], name);
		}
		return settings.withName(label);
	}

	private static IndexSettings base(String name) {
		return switch (name) {
			case "nori" -> IndexSettings.defaults();
			case "nori-untuned" -> IndexSettings.defaults()
				.withKorean(KoreanAnalysis.UNTUNED)
				.withTitleBoost(IndexSettings.DEFAULT_TITLE_BOOST)
				.withBm25(IndexSettings.ANSERINI_K1, IndexSettings.ANSERINI_B);
			case "nori-plain" -> IndexSettings.baseline("nori-plain", AnalysisScheme.NORI_FLAT);
			case "cjk" -> IndexSettings.baseline("cjk", AnalysisScheme.CJK_BIGRAM);
			case "standard" -> IndexSettings.baseline("standard", AnalysisScheme.STANDARD);
			case "english-flat" -> IndexSettings.baseline("english-flat", AnalysisScheme.ENGLISH_FLAT);
			default ->
				throw new IllegalArgumentException("unknown configuration '" + name + "', expected one of " + NAMES);
		};
	}

	private static IndexSettings modify(IndexSettings settings, String modifier, String name) {
		KoreanAnalysis korean = settings.korean();
		int equals = modifier.indexOf('=');
		String key = equals < 0 ? modifier : modifier.substring(0, equals);
		try {
			return switch (key) {
				case "none" -> settings.withKorean(korean.withDecompound(KoreanAnalysis.Decompound.NONE));
				case "discard" -> settings.withKorean(korean.withDecompound(KoreanAnalysis.Decompound.DISCARD));
				case "mixed" -> settings.withKorean(korean.withDecompound(KoreanAnalysis.Decompound.MIXED));
				case "stop.default" -> settings.withKorean(korean.withStopTags(KoreanAnalysis.StopTags.DEFAULT));
				case "stop.question" ->
					settings.withKorean(korean.withStopTags(KoreanAnalysis.StopTags.QUESTION_WORDS));
				case "stop.modifiers" ->
					settings.withKorean(korean.withStopTags(KoreanAnalysis.StopTags.KEEP_MODIFIERS));
				case "dict" -> settings.withKorean(korean.withUserDictionary(true));
				case "nodict" -> settings.withKorean(korean.withUserDictionary(false));
				case "bigrams" -> settings.withKorean(korean.withBigramWeight(value(modifier, equals)));
				case "pairs" -> settings.withKorean(korean.withProximityWeight(value(modifier, equals)));
				case "sentences" -> settings.withKorean(korean.withSentenceWeight(value(modifier, equals)));
				case "title" -> settings.withTitleBoost(value(modifier, equals));
				case "k1" -> settings.withBm25(value(modifier, equals), settings.b())
					.withKorean(korean.withBm25(value(modifier, equals), korean.b()));
				case "b" -> settings.withBm25(settings.k1(), value(modifier, equals))
					.withKorean(korean.withBm25(korean.k1(), value(modifier, equals)));
				case "ko.k1" -> settings.withKorean(korean.withBm25(value(modifier, equals), korean.b()));
				case "ko.b" -> settings.withKorean(korean.withBm25(korean.k1(), value(modifier, equals)));
				case "evidence" ->
					settings.withKorean(korean.withEvidence(new KoreanAnalysis.Evidence(value(modifier, equals),
							korean.evidence().bigramWeight(), evidenceDepth(korean))));
				case "evidence.bigrams" ->
					settings.withKorean(korean.withEvidence(new KoreanAnalysis.Evidence(korean.evidence().wordWeight(),
							value(modifier, equals), evidenceDepth(korean))));
				case "evidence.depth" ->
					settings.withKorean(korean.withEvidence(new KoreanAnalysis.Evidence(korean.evidence().wordWeight(),
							korean.evidence().bigramWeight(), (int) value(modifier, equals))));
				case "noevidence" -> settings.withKorean(korean.withEvidence(KoreanAnalysis.Evidence.NONE));
				default -> throw new IllegalArgumentException("unknown modifier '" + modifier + "'");
			};
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("bad configuration '" + name + "': " + e.getMessage(), e);
		}
	}

	/** The configured depth of the second ranking, or the service's when it is off. */
	private static int evidenceDepth(KoreanAnalysis korean) {
		return korean.evidence().depth() > 0 ? korean.evidence().depth() : KoreanAnalysis.Evidence.DEFAULT.depth();
	}

	private static float value(String modifier, int equals) {
		if (equals < 0) {
			throw new IllegalArgumentException("modifier '" + modifier + "' needs a value, e.g. " + modifier + "=0.5");
		}
		return Float.parseFloat(modifier.substring(equals + 1));
	}

	/** One line describing the settings. */
	public static String describe(IndexSettings settings) {
		String bm25 = String.format(Locale.ROOT, "%s, title×%.2f, k1 %.2f, b %.2f", settings.scheme(),
				settings.titleBoost(), settings.k1(), settings.b());
		return settings.scheme() == AnalysisScheme.KOREAN_ENGLISH ? bm25 + ", " + settings.korean().describe() : bm25;
	}

}

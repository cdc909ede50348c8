package io.draftwave.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The analyses given out recently, by analysis id, so a figure cited in a draft can be
 * shown again (its chart, its source rows, an export) after the response that carried it.
 * The id is derived from the table, its size, the plan and the language, so the same
 * question on the same data keeps its id. The least recently used analysis is dropped
 * first once {@code capacity} are kept. Safe for concurrent use.
 */
public final class AnalysisArchive {

	/** How many analyses are kept at most by default. */
	public static final int DEFAULT_CAPACITY = 10_000;

	private final Map<String, Analysis> analyses;

	/**
	 * @param capacity how many analyses are kept at most; positive
	 */
	public AnalysisArchive(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("at least one analysis must be kept, not " + capacity);
		}
		this.analyses = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
				return size() > capacity;
			}

		};
	}

	/** Keeps the analysis and returns its id. */
	public String keep(Analysis analysis) {
		String id = idOf(analysis);
		synchronized (analyses) {
			analyses.put(id, analysis);
		}
		return id;
	}

	/** The analysis with this id; empty when none was kept or it was dropped. */
	public Optional<Analysis> find(String analysisId) {
		synchronized (analyses) {
			return Optional.ofNullable(analyses.get(analysisId));
		}
	}

	/** The id {@link #keep} gives this analysis: 16 hex digits. */
	public static String idOf(Analysis analysis) {
		String key = analysis.table().tableId() + '\n' + analysis.table().rows() + '\n' + analysis.plan() + '\n'
				+ analysis.description();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

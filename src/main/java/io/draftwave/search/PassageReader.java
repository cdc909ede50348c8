package io.draftwave.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the indexed passages without changing them: a cited passage and its neighbours,
 * term statistics, and a search whose caller chooses which hits to keep. Thread-safe;
 * every method sees the changes made before the index's last commit or refresh.
 */
public interface PassageReader {

	/** The passage with this source id, if it is indexed. */
	Optional<SourcePassage> findSource(String sourceId);

	/**
	 * The passage with this source id among the passages of its document whose ordinals
	 * are at most {@code around} away from its own, in document order (ordinal
	 * ascending), the passage itself included: {@code d-5} with 2 around gives
	 * {@code d-3} to {@code d-7}, fewer at the document's start and end. Read with one
	 * query.
	 * @param around passages on each side, at least 0
	 * @return empty when the passage is not indexed
	 * @throws IllegalArgumentException when {@code around} is negative
	 */
	List<SourcePassage> neighbours(String sourceId, int around);

	/**
	 * In how many passages an analysed term occurs (as {@link ContentWords} gives it),
	 * Korean and English sides together; 0 for a term the index has never seen.
	 */
	int documentFrequency(String term);

	/** Number of passages searchable now. */
	int passageCount();

	/**
	 * Searches like {@link Retriever#retrieve} and lets the caller choose the hits: walks
	 * the first {@code query.k()} hits in rank order, reading each passage once, and
	 * offers each passage to {@code keep} until {@code limit} passages were kept. Only
	 * the kept hits get an excerpt, the same excerpt and score {@code retrieve} gives
	 * them.
	 * @param limit most passages to keep, at least 1
	 * @param keep asked on the calling thread, in rank order, once per hit, never after
	 * {@code limit} passages were kept; it may remember what it kept
	 * @return the kept passages in rank order; empty when nothing matches or nothing was
	 * kept
	 */
	List<SelectedPassage> select(SearchQuery query, int limit, Predicate<SourcePassage> keep);

}

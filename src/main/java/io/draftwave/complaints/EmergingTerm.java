package io.draftwave.complaints;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A noun whose share of complaints grew significantly in a quarter.
 *
 * @param term the Nori noun ({@code 자전거})
 * @param quarter the quarter it grew in ({@code 2025-Q4})
 * @param count complaints of that quarter holding it
 * @param share their share of the quarter's complaints, between 0 and 1
 * @param previousShare its share in the quarter before
 * @param yearBeforeShare its share in the same quarter a year before, or null when the
 * data do not reach back so far
 * @param z the smaller two-proportion z-score of the two comparisons
 * @param exampleRows row numbers of a few complaints of the quarter holding it, ascending
 * @param examples their texts, personal data masked, in the same order
 */
public record EmergingTerm(String term, String quarter, int count, double share, double previousShare,
		@Nullable Double yearBeforeShare, double z, List<Integer> exampleRows, List<String> examples) {

	public EmergingTerm {
		exampleRows = List.copyOf(exampleRows);
		examples = List.copyOf(examples);
	}

}

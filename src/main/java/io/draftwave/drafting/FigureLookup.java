package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the computed figures a draft request asks for, which become the draft's first
 * sources: a table's answer to "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?", or the complaint
 * analyses behind "분야별 민원 동향과 반복 민원 개선 방안". A request that asks for no figure, or one no
 * table answers without a guess, gets none; so does every request when the tables cannot
 * be read. The sources' numbers are given again by the {@link SourceSelector}.
 */
@FunctionalInterface
public interface FigureLookup {

	/** The figures the request asks for, in the order they are cited; empty when none. */
	List<NumberedSource> find(DraftRequest request);

	/** A lookup that never finds a figure: drafts cite passages only. */
	static FigureLookup none() {
		return request -> List.of();
	}

	/** The figures every lookup finds, lookup after lookup, at most {@code max}. */
	static FigureLookup all(List<FigureLookup> lookups, int max) {
		List<FigureLookup> copy = List.copyOf(lookups);
		return request -> {
			List<NumberedSource> found = new ArrayList<>();
			for (FigureLookup lookup : copy) {
				if (found.size() >= max) {
					break;
				}
				found.addAll(lookup.find(request));
			}
			return found.size() > max ? List.copyOf(found.subList(0, max)) : List.copyOf(found);
		};
	}

}

package io.draftwave.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A class's leaderboard of one exercise: each participant's best variant and model
 * setting over their finished runs, best score first; equal scores go to the earlier run.
 * Runs without a participant name and runs still running are left out.
 */
public final class Leaderboard {

	private Leaderboard() {
	}

	/**
	 * One participant's best.
	 *
	 * @param rank 1 for the best
	 * @param participant the name they gave
	 * @param variant their best variant
	 * @param model its model
	 * @param temperature its temperature, null for the extractive drafter
	 * @param score share of checks passed, 0..1
	 * @param passed checks passed
	 * @param total checks scored
	 * @param runId the run it came from
	 * @param createdAt when that run started
	 */
	public record Entry(int rank, String participant, String variant, String model, @Nullable Double temperature,
			double score, long passed, long total, String runId, Instant createdAt) {
	}

	/** The leaderboard of these runs (all of one exercise). */
	static List<Entry> of(List<LabRun> runs) {
		Map<String, Entry> best = new LinkedHashMap<>();
		Comparator<Entry> order = Comparator.comparingDouble(Entry::score)
			.reversed()
			.thenComparing(Entry::createdAt)
			.thenComparing(Entry::runId);
		for (LabRun run : runs) {
			if (!run.done() || run.participant() == null) {
				continue;
			}
			for (LabRun.Summary s : run.summary()) {
				if (s.total() == 0) {
					continue;
				}
				Entry entry = new Entry(0, run.participant(), s.variant(), s.model(), s.temperature(), s.score(),
						s.passed(), s.total(), run.runId(), run.createdAt());
				best.merge(run.participant(), entry, (a, b) -> order.compare(a, b) <= 0 ? a : b);
			}
		}
		List<Entry> sorted = new ArrayList<>(best.values());
		sorted.sort(order);
		List<Entry> ranked = new ArrayList<>();
		for (Entry e : sorted) {
			ranked.add(new Entry(ranked.size() + 1, e.participant(), e.variant(), e.model(), e.temperature(), e.score(),
					e.passed(), e.total(), e.runId(), e.createdAt()));
		}
		return ranked;
	}

}

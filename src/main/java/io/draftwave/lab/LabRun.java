package io.draftwave.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A run: an exercise's test cases drafted with every prompt variant and model setting.
 *
 * @param runId its id
 * @param exerciseId the exercise
 * @param participant who ran it, as they named themselves; null when they gave no name
 * @param done false while any cell is pending or running
 * @param createdAt when it was started
 * @param finishedAt when its last cell finished; null while it runs
 * @param variants the prompt variants, in order
 * @param models the model settings, in order
 * @param cells the grid, variant by variant, then model by model, then case by case
 */
public record LabRun(String runId, String exerciseId, @Nullable String participant, boolean done, Instant createdAt,
		@Nullable Instant finishedAt, List<Variant> variants, List<ModelSetting> models, List<LabCell> cells) {

	public LabRun {
		variants = List.copyOf(variants);
		models = List.copyOf(models);
		cells = List.copyOf(cells);
	}

	/** {@code running} or {@code done}. */
	public String status() {
		return done ? "done" : "running";
	}

	/** Cells finished (done or failed). */
	public int finishedCells() {
		return (int) cells.stream().filter(c -> c.status().finished()).count();
	}

	/**
	 * One line per variant and model setting, in grid order: checks passed over checks
	 * scored in its finished cells (a failed cell counts all its checks as failed).
	 */
	public List<Summary> summary() {
		Map<String, Summary> lines = new LinkedHashMap<>();
		for (LabCell c : cells) {
			String key = c.variant() + "\u0000" + c.setting().label();
			Summary line = lines.getOrDefault(key, new Summary(c.variant(), c.model(), c.temperature(), 0, 0));
			if (c.status().finished()) {
				line = new Summary(line.variant(), line.model(), line.temperature(), line.passed() + c.passed(),
						line.total() + c.checks().size());
			}
			lines.put(key, line);
		}
		return new ArrayList<>(lines.values());
	}

	/**
	 * One variant with one model setting over all cases.
	 *
	 * @param variant the variant's name
	 * @param model the model's id
	 * @param temperature its temperature, null for the extractive drafter
	 * @param passed checks passed
	 * @param total checks scored
	 */
	public record Summary(String variant, String model, @Nullable Double temperature, long passed, long total) {

		/** passed / total, 0 when nothing was scored yet. */
		public double score() {
			return total == 0 ? 0 : passed / (double) total;
		}

	}

}

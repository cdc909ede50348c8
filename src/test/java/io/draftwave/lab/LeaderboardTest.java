package io.draftwave.lab;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The leaderboard: best per participant, ties to the earlier run, unfinished and
 * anonymous runs left out.
 */
class LeaderboardTest {

	private static final ModelSetting EXTRACTIVE = new ModelSetting("extractive", null);

	@Test
	void should_rank_each_participants_best_with_ties_to_the_earlier_run() {
		// given
		List<LabRun> runs = List.of(run("r1", "민지", 10, true, cell("A", 3, 4), cell("B", 4, 4)),
				run("r2", "서준", 20, true, cell("A", 4, 4)), run("r3", "민지", 30, true, cell("C", 4, 4)),
				run("r4", "하은", 5, true, cell("A", 1, 4)), run("r5", "지호", 1, false, cell("A", 4, 4)),
				run("r6", null, 1, true, cell("A", 4, 4)));

		// when
		List<Leaderboard.Entry> board = Leaderboard.of(runs);

		// then
		assertThat(board)
			.extracting(Leaderboard.Entry::rank, Leaderboard.Entry::participant, Leaderboard.Entry::variant,
					Leaderboard.Entry::runId, Leaderboard.Entry::score)
			.containsExactly(tuple(1, "민지", "B", "r1", 1.0), tuple(2, "서준", "A", "r2", 1.0),
					tuple(3, "하은", "A", "r4", 0.25));
	}

	@Test
	void should_sum_checks_per_variant_and_count_a_failed_cell_as_all_checks_failed() {
		// given
		LabCell failed = new LabCell("c2", "A", "extractive", null, "two", CellStatus.FAILED, "", "", "", List.of(),
				List.of(), 0, "the model failed", List.of(result(false), result(false)), 0.0);
		LabRun run = run("r1", "민지", 0, true, cell("A", 2, 2), failed);

		// when
		LabRun.Summary summary = run.summary().getFirst();

		// then
		assertThat(summary.passed()).isEqualTo(2);
		assertThat(summary.total()).isEqualTo(4);
		assertThat(summary.score()).isEqualTo(0.5);
	}

	@Test
	void should_export_one_csv_row_per_cell_with_quoted_fields() {
		// given
		LabCell cell = new LabCell("c1", "짧은, 요청", "extractive", null, "one", CellStatus.DONE, "[system]\n…",
				"847명이다 \"인용\" [1]", "extractive", List.of(), List.of(), 12, null, List.of(result(true), result(false)),
				0.5);

		// when
		String csv = RunExport.csv(run("r1", "민지", 0, true, cell));

		// then
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv.split("\r\n")[1]).startsWith("r1,exercise,민지,c1,\"짧은, 요청\",extractive,,one,done,0.500,1,2,12,"
				+ "extractive,contains: 없습니다,,\"847명이다 \"\"인용\"\" [1]\",\"[system]\n…\"");
	}

	private static LabRun run(String id, String participant, long second, boolean done, LabCell... cells) {
		return new LabRun(id, "exercise", participant, done, Instant.ofEpochSecond(second), null,
				List.of(new Variant("A", "{{input}}")), List.of(EXTRACTIVE), List.of(cells));
	}

	private static LabCell cell(String variant, int passed, int total) {
		List<CheckResult> checks = new java.util.ArrayList<>();
		for (int i = 0; i < total; i++) {
			checks.add(result(i < passed));
		}
		return new LabCell("c1", variant, "extractive", null, "one", CellStatus.DONE, "", "", "extractive", List.of(),
				List.of(), 0, null, checks, passed / (double) total);
	}

	private static CheckResult result(boolean passed) {
		return new CheckResult("contains", "‘847’ 포함", passed, passed ? "있습니다" : "없습니다");
	}

}

package io.draftwave.lab;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run as CSV (RFC 4180), one row per cell: spreadsheet programs open it as it is (UTF-8
 * with a byte order mark, so Excel reads Hangul right; fields quoted where needed).
 */
public final class RunExport {

	private static final List<String> HEADER = List.of("run_id", "exercise_id", "participant", "cell_id", "variant",
			"model", "temperature", "case_id", "status", "score", "passed", "total", "took_ms", "mode", "failed_checks",
			"error", "output", "prompt");

	private RunExport() {
	}

	/** The CSV text, byte order mark first, lines ending in CRLF. */
	public static String csv(LabRun run) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, HEADER);
		for (LabCell c : run.cells()) {
			String failed = c.checks()
				.stream()
				.filter(r -> !r.passed())
				.map(r -> r.type() + ": " + r.reason())
				.collect(Collectors.joining("\n"));
			line(out, List.of(run.runId(), run.exerciseId(), run.participant() == null ? "" : run.participant(),
					c.cellId(), c.variant(), c.model(), c.temperature() == null ? "" : c.temperature().toString(),
					c.caseId(), c.status().id(), c.score() == null ? "" : String.format(Locale.ROOT, "%.3f", c.score()),
					Long.toString(c.passed()), Integer.toString(c.checks().size()), Long.toString(c.tookMs()), c.mode(),
					failed, c.error() == null ? "" : c.error(), c.output(), c.prompt()));
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> fields) {
		out.append(fields.stream().map(RunExport::field).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(String value) {
		if (value.isEmpty() || value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}

package io.draftwave.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of an evaluation as a Markdown table (configurations side by side) and as
 * JSON.
 *
 * @param dataset the dataset's name
 * @param results one entry per configuration, in report order
 */
public record EvaluationReport(String dataset, List<ConfigurationResult> results) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public EvaluationReport {
		results = List.copyOf(results);
	}

	/** A Markdown table: one row per measure, one column per configuration. */
	public String toMarkdown() {
		StringBuilder out = new StringBuilder();
		out.append("| ").append(dataset).append(" |");
		results.forEach(r -> out.append(' ').append(r.configuration()).append(" |"));
		out.append("\n|---|");
		results.forEach(r -> out.append("---:|"));
		out.append('\n');
		row(out, "queries", r -> Integer.toString(r.queries()));
		row(out, "nDCG@10", r -> fixed(r.ndcg10(), 4));
		row(out, "Recall@5", r -> fixed(r.recall5(), 4));
		row(out, "Recall@10", r -> fixed(r.recall10(), 4));
		row(out, "Recall@100", r -> fixed(r.recall100(), 4));
		row(out, "MRR@10", r -> fixed(r.mrr10(), 4));
		row(out, "p50 latency (ms)", r -> fixed(r.p50Millis(), 2));
		row(out, "p99 latency (ms)", r -> fixed(r.p99Millis(), 2));
		row(out, "index time (s)", r -> fixed(r.indexSeconds(), 2));
		row(out, "passages/s", r -> fixed(r.passagesPerSecond(), 0));
		return out.toString();
	}

	/** Writes the report as JSON, creating the parent folders. */
	public void writeJson(Path file) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, JSON.writeValueAsString(this));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private void row(StringBuilder out, String label, Function<ConfigurationResult, String> value) {
		out.append("| ").append(label).append(" |");
		results.forEach(r -> out.append(' ').append(value.apply(r)).append(" |"));
		out.append('\n');
	}

	private static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

}

package io.draftwave.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.draftwave.eval.BeirDataset;
import io.draftwave.eval.Configurations;
import io.draftwave.eval.HttpCorpusLoader;
import io.draftwave.eval.SpeedBenchmark;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: index throughput, heap and search latency in-process (with
 * {@code --scale}, on the corpus repeated to that many passages and indexed on disk),
 * and, with {@code --url}, search latency and throughput over HTTP. Prints Markdown
 * tables to standard output; exit code 0.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measures index throughput and search latency in-process and, with --url, over HTTP.")
public class BenchCommand implements Callable<Integer> {

	static final int DEFAULT_QUERIES = 2000;
	static final String DEFAULT_DURATION = "20s";

	@Spec
	CommandSpec spec;

	@Option(names = "--dataset", required = true,
			description = "BEIR folder whose corpus is indexed and whose queries are run")
	Path dataset;

	@Option(names = "--url", description = "Base URL of a running server, e.g. http://localhost:8080")
	@Nullable URI url;

	@Option(names = "--load",
			description = "Before the HTTP run, upload the dataset's corpus to --url (a scratch service)")
	boolean load;

	@Option(names = "--config", description = "Index configuration for the in-process run (default: nori)")
	String config = "nori";

	@Option(names = "--queries", description = "Most measured searches per run (default: " + DEFAULT_QUERIES + ")")
	int queries = DEFAULT_QUERIES;

	@Option(names = "--duration", converter = DurationConverter.class,
			description = "Longest measuring time per run, e.g. 20s, 500ms, 2m (default: " + DEFAULT_DURATION + ")")
	Duration duration = DurationConverter.parse(DEFAULT_DURATION);

	@Option(names = "--scale",
			description = "Index the corpus repeated to this many passages, into a temporary folder, "
					+ "and also report its size on disk")
	@Nullable Integer scale;

	@Override
	public Integer call() {
		BeirDataset data = BeirDataset.load(dataset);
		SpeedBenchmark benchmark = new SpeedBenchmark(data, queries, duration);
		PrintWriter out = spec.commandLine().getOut();
		if (scale != null) {
			out.println(SpeedBenchmark.toMarkdown(data.name() + " in-process, " + scale + " passages on disk",
					benchmark.atScale(Configurations.named(config), scale)));
		}
		else {
			out.println(SpeedBenchmark.toMarkdown(data.name() + " in-process",
					benchmark.inProcess(Configurations.named(config))));
		}
		if (url != null && load) {
			out.println(SpeedBenchmark.toMarkdown(data.name() + " uploaded over HTTP",
					new HttpCorpusLoader(data).load(url)));
		}
		if (url != null) {
			out.println(SpeedBenchmark.toMarkdown(data.name() + " over HTTP", benchmark.overHttp(url)));
		}
		out.flush();
		return 0;
	}

	/** Reads {@code 500ms}, {@code 20s}, {@code 2m} or an ISO-8601 duration. */
	static final class DurationConverter implements ITypeConverter<Duration> {

		@Override
		public Duration convert(String value) {
			return parse(value);
		}

		static Duration parse(String value) {
			String text = value.strip().toLowerCase(Locale.ROOT);
			if (text.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
			}
			if (text.endsWith("s") && !text.startsWith("p")) {
				return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
			}
			if (text.endsWith("m") && !text.startsWith("p")) {
				return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
			}
			return Duration.parse(value.strip());
		}

	}

}

package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.DraftwaveApplication;
import io.draftwave.corpus.CorpusStartup;
import io.draftwave.eval.DraftOverheadBenchmark;
import io.draftwave.eval.SpeedBenchmark;
import io.draftwave.eval.StubModelServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Measures the service's own time on top of a language model, against a stub model on
 * loopback.
 */
@Command(name = "bench-drafts", mixinStandardHelpOptions = true,
		description = { "Start a stub OpenAI-compatible model and the service (on scratch data with CORPUS indexed), "
				+ "then compare a streamed reply fetched from the stub directly with a draft streamed through "
				+ "/api/drafts/stream: time to the first text and to the end, medians, 95th percentiles and ratios." })
class DraftBenchCommand implements Callable<Integer> {

	@Option(names = "--corpus", defaultValue = "./corpus", description = "Folder to index (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--requests", defaultValue = "50",
			description = "Measured requests per path (default: ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--warm-up", defaultValue = "10",
			description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
	int warmUp;

	@Option(names = "--pause-ms", defaultValue = "20",
			description = "The stub's pause before each of its 12 pieces, in ms (default: ${DEFAULT-VALUE}).")
	long pauseMs;

	@Override
	public Integer call() throws IOException, InterruptedException {
		List<String> pieces = List.of("2024년 ", "데이터 ", "인재 ", "양성 ", "교육 ", "참여 ", "인원은 ", "847명이었다 [", "1", "]. ",
				"수료율은 92.8%였다 ", "[1].");
		Path data = Files.createTempDirectory("draftwave-bench-drafts");
		try (StubModelServer model = new StubModelServer(pieces, Duration.ofMillis(pauseMs));
				var service = new SpringApplicationBuilder(DraftwaveApplication.class).run("--server.port=0",
						"--draftwave.data-dir=" + data, "--draftwave.corpus.dirs=" + corpus.toAbsolutePath(),
						"--draftwave.llm.base-url=" + model.baseUrl(), "--draftwave.llm.model=stub",
						"--logging.level.root=warn")) {
			CorpusStartup startup = service.getBean(CorpusStartup.class);
			while (!startup.state().equals("done")) {
				if (startup.state().startsWith("failed")) {
					throw new IllegalStateException("indexing " + corpus + " " + startup.state());
				}
				Thread.sleep(100);
			}
			String url = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
			var report = new DraftOverheadBenchmark().run(model.baseUrl(), url, "2024년 데이터 인재 양성 교육 참여 인원은?", warmUp,
					requests);
			System.out.println(SpeedBenchmark.toMarkdown(
					"draft streaming, " + pieces.size() + " pieces × " + pauseMs + " ms from the stub", report));
			return 0;
		}
	}

}

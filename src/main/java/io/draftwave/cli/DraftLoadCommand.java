package io.draftwave.cli;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.eval.DraftLoad;
import io.draftwave.eval.ServiceProcess;
import io.draftwave.eval.SpeedBenchmark;
import io.draftwave.eval.StubModelServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Many streamed drafts at once against the service in a process of its own and a slow
 * stub model.
 */
@Command(name = "load-drafts", mixinStandardHelpOptions = true,
		description = { "Start a slow stub OpenAI-compatible model in this process and the service from this jar in "
				+ "another (taskset -c CPUS, -Xmx HEAP, scratch data with CORPUS indexed), stream DRAFTS drafts at once "
				+ "through /api/drafts/stream, and report errors, times to the first event, the service's resident "
				+ "memory and heap, and whether it answers an ordinary draft afterwards. Loopback only." })
class DraftLoadCommand implements Callable<Integer> {

	@Option(names = "--drafts", defaultValue = "1000",
			description = "Streamed drafts at once (default: ${DEFAULT-VALUE}).")
	int drafts;

	@Option(names = "--pause-ms", defaultValue = "250",
			description = "The stub's pause before each of its 12 pieces, in ms (default: ${DEFAULT-VALUE}).")
	long pauseMs;

	@Option(names = "--corpus", defaultValue = "./corpus", description = "Folder to index (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--heap", defaultValue = "512m", description = "The service's -Xmx (default: ${DEFAULT-VALUE}).")
	String heap;

	@Option(names = "--cpus", defaultValue = "0,1",
			description = "CPUs the service is pinned to with taskset; empty: not pinned (default: ${DEFAULT-VALUE}).")
	String cpus;

	@Option(names = "--limit-s", defaultValue = "300",
			description = "Drafts not done this many seconds after the start count as errors (default: ${DEFAULT-VALUE}).")
	long limitSeconds;

	@Override
	public Integer call() throws Exception {
		Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
		if (!jar.toString().endsWith(".jar")) {
			throw new IllegalStateException(
					"load-drafts starts the service from the packaged jar: run it with java -jar");
		}
		List<String> pieces = List.of("2024년 ", "데이터 ", "인재 ", "양성 ", "교육 ", "참여 ", "인원은 ", "847명이었다 [", "1", "]. ",
				"수료율은 92.8%였다 ", "[1].");
		Path work = Files.createTempDirectory("draftwave-load-drafts");
		try (StubModelServer model = new StubModelServer(pieces, Duration.ofMillis(pauseMs));
				ServiceProcess service = ServiceProcess.start(jar, cpus, heap, freePort(),
						List.of("--draftwave.data-dir=" + work.resolve("data"),
								"--draftwave.corpus.dirs=" + corpus.toAbsolutePath(),
								"--draftwave.llm.base-url=" + model.baseUrl(), "--draftwave.llm.model=stub",
								"--logging.level.root=warn"),
						work, Duration.ofMinutes(5))) {
			System.out.println("service pid " + service.pid() + " at " + service.baseUrl() + "; " + drafts
					+ " streamed drafts at once");
			var report = new DraftLoad().run(service, "2024년 데이터 인재 양성 교육 참여 인원은?", drafts,
					Duration.ofSeconds(limitSeconds));
			System.out.println(SpeedBenchmark
				.toMarkdown(drafts + " streamed drafts at once, stub model " + pieces.size() + " pieces × " + pauseMs
						+ " ms, service -Xmx" + heap + (cpus.isBlank() ? "" : " on CPUs " + cpus), report));
			return report.get("errors").equals("0") ? 0 : CommandLineLauncher.FAILED;
		}
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

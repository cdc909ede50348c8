package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.complaints.ComplaintBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Times each complaint analysis on generated complaint tables of a few sizes. */
@Command(name = "bench-complaints", mixinStandardHelpOptions = true,
		description = { "Generate the fictional complaints of 한빛광역시 at each size, load them as a table in a scratch "
				+ "database, read and analyse their texts once, then time every complaint analysis (topics, "
				+ "emerging, repeats, hotspots, handling) with its defaults: median, fastest and slowest run, and "
				+ "the peak heap during its runs." })
class ComplaintsBenchCommand implements Callable<Integer> {

	@Option(names = "--rows", split = ",", defaultValue = "20000,1000000",
			description = "Background complaints of each set, the planted ones come on top (default: ${DEFAULT-VALUE}).")
	List<Integer> rows;

	@Option(names = "--iterations", defaultValue = "5",
			description = "Timed runs per analysis (default: ${DEFAULT-VALUE}).")
	int iterations;

	@Option(names = "--warmup", defaultValue = "1", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
	int warmup;

	@Option(names = "--scratch", defaultValue = "target/bench-complaints",
			description = "Folder for the scratch databases, removed after (default: ${DEFAULT-VALUE}).")
	Path scratch;

	@Override
	public Integer call() throws IOException {
		var options = new ComplaintBenchmark.Options(rows, warmup, iterations, scratch);
		System.out.println(ComplaintBenchmark.markdown(ComplaintBenchmark.run(options), options));
		return 0;
	}

}

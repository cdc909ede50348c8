package io.draftwave.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.draftwave.complaints.ComplaintGenerator;
import io.draftwave.complaints.GeneratedComplaints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the fictional complaints of {@link ComplaintGenerator} as CSV. */
@Command(name = "generate-complaints", mixinStandardHelpOptions = true,
		description = {
				"Write the fictional civil complaints of 한빛광역시 (2023-2025) as CSV, marked fictional "
						+ "in its title line, with planted repeat complaints and an emerging issue.",
				"The same seed and rows always give the same file." })
class GenerateComplaintsCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", defaultValue = "target/tables/" + ComplaintGenerator.FILE_NAME,
			description = "CSV file to write (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--seed", defaultValue = "" + ComplaintGenerator.SEED,
			description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--rows", defaultValue = "20000",
			description = "Background complaints, the planted ones come on top (default: ${DEFAULT-VALUE}).")
	int rows;

	@Option(names = "--control", description = "Write the background only, without planted patterns.")
	boolean control;

	@Override
	public Integer call() throws IOException {
		GeneratedComplaints generated = ComplaintGenerator.generate(seed, rows, !control);
		generated.write(out);
		System.out.printf("Wrote %,d complaints to %s%n", generated.complaints().size(), out);
		generated.clusters()
			.forEach(c -> System.out.printf("planted repeat complaints: %s %s (%s), rows %s%n", c.district(), c.place(),
					c.type(), c.rows()));
		if (generated.emergingTerm() != null) {
			System.out.printf("planted emerging issue: %s in %s%n", generated.emergingTerm(),
					generated.emergingQuarter());
		}
		return 0;
	}

}

package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.draftwave.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

	@Test
	void should_print_metrics_and_write_json_and_ranks_when_run_on_small_dataset(@TempDir Path temp)
			throws IOException {
		// given: q1 and q3 find their document first, q2's document comes second (d3 says
		// "parks" more often); q4 has no judgment and is not scored
		Path dataset = Files.createDirectories(temp.resolve("tiny"));
		BeirFixture.write(dataset);
		StringWriter out = new StringWriter();
		CommandLine command = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out));

		// when
		int exitCode = command.execute("--dataset", dataset.toString(), "--config", "english-flat,nori", "--out",
				temp.resolve("out").toString());

		// then: nDCG@10 = (1 + 1/log2(3) + 1) / 3, MRR@10 = (1 + 1/2 + 1) / 3
		assertThat(exitCode).isZero();
		assertThat(out.toString()).contains("| tiny | english-flat | nori |")
			.contains("| queries | 3 | 3 |")
			.contains("| nDCG@10 | 0.8770 | 0.8770 |")
			.contains("| Recall@5 | 1.0000 | 1.0000 |")
			.contains("| MRR@10 | 0.8333 | 0.8333 |");
		assertThat(temp.resolve("out/tiny.json")).content()
			.contains("\"ndcg10\"", "\"english-flat\"")
			.doesNotContain("\"ranks\"");
		// and the rank of each scored query's relevant document per configuration (q4 has
		// no line)
		Path ranks = temp.resolve("out/tiny-ranks.tsv");
		assertThat(out.toString()).contains(ranks.toString());
		assertThat(Files.readAllLines(ranks)).containsExactly("query-id\tquery\tenglish-flat\tnori",
				"q1\tlibrary hours\t1\t1", "q2\tparks budget\t2\t2", "q3\tsunset\t1\t1");
	}

}

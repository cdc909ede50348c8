package io.draftwave.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.eval.BeirDataset;
import io.draftwave.eval.ConfigurationResult;
import io.draftwave.eval.Configurations;
import io.draftwave.eval.EvaluationReport;
import io.draftwave.eval.HybridConfigurations;
import io.draftwave.eval.RetrievalEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: scores index configurations on a BEIR dataset, prints a Markdown table to
 * standard output and writes {@code <out>/<dataset>.json}. Exit code 0 on success.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = "Scores retrieval configurations on a BEIR dataset (nDCG@10, Recall@5/10/100, MRR@10, latency).")
public class EvalCommand implements Callable<Integer> {

	static final String DEFAULT_OUT = "target/eval";

	@Spec
	CommandSpec spec;

	@Option(names = "--dataset", required = true, description = "BEIR folder: corpus.jsonl[.gz], queries.jsonl, qrels.tsv or qrels/test.tsv")
	Path dataset;

	@Option(names = "--config", split = ",", description = { "Configurations, from: nori, nori-plain, cjk, standard, english-flat (default: all);",
			"with the in-process English embeddings (all-MiniLM-L6-v2): dense-minilm (vectors alone), hybrid-minilm (nori + vectors, RRF),",
			"hybrid-minilm-flat (english-flat + vectors), each optionally ending in -k<RRF constant> and -n<depth>, e.g. hybrid-minilm-k20-n50" })
	List<String> configs = new ArrayList<>(Configurations.NAMES);

	@Option(names = "--out", description = "Folder for the JSON report (default: " + DEFAULT_OUT + ")")
	Path out = Path.of(DEFAULT_OUT);

	@Option(names = "--queries-limit", description = "Score only the first N judged queries")
	int queriesLimit = RetrievalEvaluation.ALL_QUERIES;

	@Override
	public Integer call() {
		BeirDataset data = BeirDataset.load(dataset);
		HybridConfigurations hybrid = HybridConfigurations.inProcess();
		List<RetrievalEvaluation.Setup> setups = configs.stream()
			.map(name -> hybrid.named(name).orElseGet(() -> RetrievalEvaluation.Setup.bm25(Configurations.named(name))))
			.toList();
		List<ConfigurationResult> results = new RetrievalEvaluation(data, System.err).runSetups(setups, queriesLimit);
		EvaluationReport report = new EvaluationReport(data.name(), results);
		Path json = out.resolve(data.name() + ".json");
		report.writeJson(json);
		PrintWriter stdout = spec.commandLine().getOut();
		stdout.print(report.toMarkdown());
		stdout.println();
		stdout.println("JSON: " + json);
		stdout.flush();
		return 0;
	}

}

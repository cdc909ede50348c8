package io.draftwave.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.draftwave.eval.BeirDataset;
import io.draftwave.eval.ConfigurationResult;
import io.draftwave.eval.Configurations;
import io.draftwave.eval.CorpusQuestions;
import io.draftwave.eval.EvaluationReport;
import io.draftwave.eval.HybridConfigurations;
import io.draftwave.eval.QueryRanks;
import io.draftwave.eval.RetrievalEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: scores index configurations on a BEIR dataset, or on a question file over
 * a folder of documents ({@link CorpusQuestions}), prints a Markdown table to standard
 * output and writes {@code <out>/<dataset>.json} and the rank of each query's first
 * relevant document per configuration to {@code <out>/<dataset>-ranks.tsv}. Exit code 0
 * on success.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = {
		"Scores retrieval configurations on a BEIR dataset (nDCG@10, Recall@5/10/100, MRR@10, latency).",
		"With --questions instead of --dataset: on questions about the documents of --corpus-dir, passage by passage.",
		"Draftwave's configurations take modifiers, e.g. nori-untuned+mixed+bigrams=0.2 (see docs/benchmarks.md)." })
public class EvalCommand implements Callable<Integer> {

	static final String DEFAULT_OUT = "target/eval";

	@Spec
	CommandSpec spec;

	@Option(names = "--dataset",
			description = "BEIR folder: corpus.jsonl[.gz], queries.jsonl, qrels.tsv or qrels/test.tsv")
	@Nullable Path dataset;

	@Option(names = "--questions",
			description = "Instead of --dataset: tab-separated question, file, phrase (with a header line)")
	@Nullable Path questions;

	@Option(names = "--corpus-dir",
			description = "Folder of documents the --questions are about (default: ${DEFAULT-VALUE})")
	Path corpusDir = Path.of("corpus");

	@Option(names = "--config", split = ",", description = {
			"Configurations, from: nori, nori-untuned, nori-plain, cjk, standard, english-flat, or nori/nori-untuned with +modifiers (default: the fixed names);",
			"with the in-process English embeddings (all-MiniLM-L6-v2): dense-minilm (vectors alone), hybrid-minilm (nori + vectors, RRF),",
			"hybrid-minilm-flat (english-flat + vectors), each optionally ending in -k<RRF constant> and -n<depth>, e.g. hybrid-minilm-k20-n50" })
	List<String> configs = new ArrayList<>(Configurations.NAMES);

	@Option(names = "--out",
			description = "Folder for the JSON report and the per-query ranks (default: " + DEFAULT_OUT + ")")
	Path out = Path.of(DEFAULT_OUT);

	@Option(names = "--queries-limit", description = "Score only the first N judged queries")
	int queriesLimit = RetrievalEvaluation.ALL_QUERIES;

	@Override
	public Integer call() {
		BeirDataset data = load();
		HybridConfigurations hybrid = HybridConfigurations.inProcess();
		List<RetrievalEvaluation.Setup> setups = configs.stream()
			.map(name -> hybrid.named(name).orElseGet(() -> RetrievalEvaluation.Setup.bm25(Configurations.named(name))))
			.toList();
		RetrievalEvaluation evaluation = new RetrievalEvaluation(data, System.err);
		List<ConfigurationResult> results = evaluation.runSetups(setups, queriesLimit);
		EvaluationReport report = new EvaluationReport(data.name(), results);
		Path json = out.resolve(data.name() + ".json");
		report.writeJson(json);
		Path ranks = out.resolve(data.name() + "-ranks.tsv");
		QueryRanks.writeTsv(ranks, evaluation.scoredQueries(queriesLimit), results);
		PrintWriter stdout = spec.commandLine().getOut();
		stdout.print(report.toMarkdown());
		stdout.println();
		stdout.println("JSON: " + json);
		stdout.println("Rank of each query's first relevant document: " + ranks);
		stdout.flush();
		return 0;
	}

	private BeirDataset load() {
		if ((dataset == null) == (questions == null)) {
			throw new ParameterException(spec.commandLine(), "give either --dataset or --questions");
		}
		if (questions != null) {
			String name = questions.getFileName().toString().replaceFirst("\\.tsv$", "");
			return CorpusQuestions.load(name, corpusDir, questions);
		}
		return BeirDataset.load(dataset);
	}

}

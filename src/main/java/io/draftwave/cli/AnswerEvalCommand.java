package io.draftwave.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.draftwave.corpus.DocumentStore;
import io.draftwave.corpus.FolderIngestion;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftingService;
import io.draftwave.eval.AnswerEvaluation;
import io.draftwave.eval.AnswerQuestion;
import io.draftwave.eval.AnswerQuestions;
import io.draftwave.eval.BeirDataset;
import io.draftwave.search.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-answers}: drafts the KorQuAD dev questions over their paragraphs and the
 * default corpus's questions over {@code corpus/}, each set in its own scratch data
 * folder, and reports answer containment beside the top hit's passage cut to the same
 * length, gold-passage citation, draft length and sentence support
 * ({@link AnswerEvaluation}). Prints Markdown, writes {@code <out>/answers.json} and
 * every draft to {@code <out>/answers-<set>-drafts.md}.
 */
@Command(name = "eval-answers", mixinStandardHelpOptions = true,
		description = {
				"Draft answers to KorQuAD dev questions and to the default corpus's questions and score answer "
						+ "containment against the top search hit's passage cut to the draft's length.",
				"The drafter is the one configured: the offline extractive drafter by default." })
class AnswerEvalCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Spec
	CommandSpec spec;

	@Option(names = "--korquad", defaultValue = "../shared/eval/korquad",
			description = "KorQuAD folder: corpus.jsonl, queries.jsonl, qrels.tsv, answers.jsonl (default: ${DEFAULT-VALUE}); "
					+ "'none' skips the set.")
	String korquad;

	@Option(names = "--every", defaultValue = "1",
			description = "Ask every N-th KorQuAD question (default: ${DEFAULT-VALUE}, all 5,774).")
	int every;

	@Option(names = "--limit", defaultValue = "" + Integer.MAX_VALUE, description = "Ask at most N KorQuAD questions.")
	int limit;

	@Option(names = "--corpus", defaultValue = "./corpus",
			description = "Folder of documents (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--questions", split = ",", defaultValue = "src/test/resources/corpus-questions.tsv",
			description = "Question files about --corpus (TSV: question, file, phrase, answer pattern; "
					+ "default: ${DEFAULT-VALUE}); 'none' skips the set.")
	List<String> questionFiles;

	@Option(names = "--kind", defaultValue = "answer", description = "Draft kind (default: ${DEFAULT-VALUE}).")
	String kind;

	@Option(names = "--out", defaultValue = EvalCommand.DEFAULT_OUT,
			description = "Folder for answers.json and the drafts (default: ${DEFAULT-VALUE}).")
	Path out;

	@Override
	public Integer call() throws IOException {
		if (every < 1 || limit < 1) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--every and --limit must be at least 1");
		}
		DraftKind draftKind = DraftKind.of(kind);
		List<AnswerEvaluation.Report> reports = new ArrayList<>();
		if (!korquad.equals("none")) {
			Path folder = Path.of(korquad);
			BeirDataset dataset = BeirDataset.load(folder);
			List<AnswerQuestion> questions = AnswerQuestions.korquad(dataset, folder.resolve("answers.jsonl"), every,
					limit);
			Path documents = Files.createTempDirectory("draftwave-korquad");
			try {
				AnswerQuestions.writeCorpus(dataset, documents);
				reports.add(evaluate("korquad-dev", documents, questions, draftKind));
			}
			finally {
				deleteRecursively(documents);
			}
		}
		if (!questionFiles.equals(List.of("none"))) {
			List<AnswerQuestion> questions = new ArrayList<>();
			questionFiles.forEach(f -> questions.addAll(AnswerQuestions.corpus(Path.of(f))));
			reports.add(evaluate("corpus-questions", corpus, questions, draftKind));
		}
		Files.createDirectories(out);
		Path json = out.resolve("answers.json");
		Files.writeString(json, JSON.writeValueAsString(reports));
		var stdout = spec.commandLine().getOut();
		stdout.print(AnswerEvaluation.toMarkdown(reports));
		stdout.println();
		stdout.println("JSON: " + json);
		stdout.flush();
		return 0;
	}

	private AnswerEvaluation.Report evaluate(String set, Path documents, List<AnswerQuestion> questions,
			DraftKind draftKind) throws IOException {
		Path data = Files.createTempDirectory("draftwave-answer-eval");
		Path drafts = out.resolve("answers-" + set + "-drafts.md");
		Files.createDirectories(out);
		try (var context = OfflineContext.start(data);
				var writer = Files.newBufferedWriter(drafts, StandardCharsets.UTF_8)) {
			context.getBean(FolderIngestion.class).ingest(documents, new ProgressBarProgress());
			var evaluation = new AnswerEvaluation(context.getBean(DraftingService.class),
					context.getBean(DocumentStore.class), context.getBean(PassageIndex.class));
			return evaluation.run(set, questions, draftKind, new ProgressBarProgress(), d -> {
				try {
					writer.write("### " + d.question().question() + "\n\ngold: "
							+ (d.question().pattern() != null ? d.question().pattern().pattern()
									: d.question().answers())
							+ " · draft " + (d.contained() ? "contains" : "misses") + " · cut "
							+ (d.cutContained() ? "contains" : "misses") + "\n\n" + d.draft().text() + "\n\n");
				}
				catch (IOException e) {
					throw new UncheckedIOException("cannot write " + drafts, e);
				}
			});
		}
		finally {
			deleteRecursively(data);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the scratch folder " + dir, ex);
		}
	}

}

package io.draftwave.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import io.draftwave.eval.CitationEvaluation;
import io.draftwave.eval.CitationQuestion;
import io.draftwave.search.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Drafts answers to a question set over a corpus and scores their citations. */
@Command(name = "eval-citations", mixinStandardHelpOptions = true,
		description = {
				"Index CORPUS into a scratch data folder, draft an answer to every question and score the "
						+ "citations: marker validity, supported sentences, citation precision and recall, refusals.",
				"The drafter is the one configured: the offline extractive drafter by default, a language model "
						+ "when DRAFTWAVE_LLM_BASE_URL (and _MODEL, _API_KEY) are set." })
class CitationEvalCommand implements Callable<Integer> {

	@Option(names = "--corpus", defaultValue = "./corpus",
			description = "Folder of documents (default: ${DEFAULT-VALUE}).")
	Path corpus;

	@Option(names = "--questions", split = ",",
			defaultValue = "src/test/resources/corpus-questions.tsv,src/test/resources/uncovered-questions.tsv",
			description = "Question files (TSV: question, file, phrase, answer; file '-' = not covered; "
					+ "default: ${DEFAULT-VALUE}).")
	List<Path> questionFiles;

	@Option(names = "--kind", defaultValue = "answer", description = "Draft kind (default: ${DEFAULT-VALUE}).")
	String kind;

	@Override
	public Integer call() throws IOException {
		List<CitationQuestion> questions = new ArrayList<>();
		questionFiles.forEach(f -> questions.addAll(CitationQuestion.read(f)));
		Path data = Files.createTempDirectory("draftwave-citation-eval");
		try (var context = OfflineContext.start(data)) {
			context.getBean(FolderIngestion.class).ingest(corpus, new ProgressBarProgress());
			var evaluation = new CitationEvaluation(context.getBean(DraftingService.class),
					context.getBean(DocumentStore.class), context.getBean(PassageIndex.class));
			var report = evaluation.run(questions, DraftKind.of(kind), new ProgressBarProgress());
			System.out.println(report.toMarkdown("citations, kind " + kind));
			return 0;
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

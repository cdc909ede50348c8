package io.draftwave.lab;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.CitationChecker;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftPrompt;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.Drafter;
import io.draftwave.drafting.DraftingService;
import io.draftwave.drafting.PromptTemplates;
import io.draftwave.drafting.SourceSelector;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Drafts one cell and scores it. The cell's request is its variant's prompt with the
 * case's input in place of {@code {{input}}}, of the exercise's kind and language,
 * drawing only on the exercise's documents; it goes through the same source selection,
 * template and citation check as any draft, with the cell's drafter and no fallback. The
 * prompt the drafter receives (system and user message) is kept with the cell. A
 * drafter's failure, or a cell taking longer than the cell timeout, fails the cell with
 * the reason, and every check fails with it. Never signals an error. Thread-safe.
 */
final class CellRunner {

	private final SourceSelector selector;

	private final PromptTemplates templates;

	private final CitationChecker checker;

	private final LabModels models;

	private final Duration timeout;

	CellRunner(SourceSelector selector, PromptTemplates templates, CitationChecker checker, LabModels models,
			Duration timeout) {
		this.selector = selector;
		this.templates = templates;
		this.checker = checker;
		this.models = models;
		this.timeout = timeout;
	}

	/**
	 * What one cell is to draft.
	 *
	 * @param runId its run
	 * @param cell the cell as it stands
	 * @param exercise the exercise
	 * @param prompt the variant's prompt
	 * @param documentIds the exercise's documents; empty: the whole corpus
	 * @param documents the corpus's documents, for the checks that name sources
	 */
	record Job(String runId, LabCell cell, Exercise exercise, String prompt, Set<String> documentIds,
			DocumentRefs documents) {
	}

	/** The finished cell: done with its draft and checks, or failed with its error. */
	Mono<LabCell> run(Job job) {
		long started = System.nanoTime();
		AtomicReference<@Nullable DraftPrompt> sent = new AtomicReference<>();
		ExerciseCase testCase = job.exercise().findCase(job.cell().caseId()).orElse(null);
		if (testCase == null) {
			return Mono.just(failed(job.cell(), job.exercise().language(), "",
					"the exercise has no case '" + job.cell().caseId() + "' any more", List.of(), 0));
		}
		return Mono.defer(() -> {
			Drafter drafter = models.drafter(job.cell().setting());
			Drafter recording = prompt -> {
				sent.set(prompt);
				return drafter.write(prompt);
			};
			DraftRequest request = new DraftRequest(job.exercise().kind(),
					new Variant(job.cell().variant(), job.prompt()).render(testCase.input()), job.exercise().language(),
					job.documentIds(), DraftRequest.DEFAULT_K, false);
			return new DraftingService(selector, templates, recording, checker).draft(request);
		})
			.timeout(timeout,
					Mono.error(() -> new TimeoutException(
							"the cell took longer than " + timeout.toSeconds() + " s (draftwave.lab.cell-timeout)")))
			.map(draft -> done(job, testCase, draft, text(sent.get()), millisSince(started)))
			.onErrorResume(e -> Mono.just(failed(job.cell(), job.exercise().language(), text(sent.get()), reason(e),
					testCase.checks(), millisSince(started))));
	}

	private static LabCell done(Job job, ExerciseCase testCase, Draft draft, String prompt, long tookMs) {
		Attempt attempt = new Attempt(job.exercise().kind(), job.exercise().language(), draft.text(), draft.citations(),
				draft.sentences(), draft.warnings(), tookMs, job.documents());
		List<CheckResult> checks = testCase.checks().stream().map(c -> c.evaluate(attempt)).toList();
		double score = checks.isEmpty() ? 0
				: checks.stream().filter(CheckResult::passed).count() / (double) checks.size();
		List<LabCell.CellCitation> citations = draft.citations()
			.stream()
			.map(c -> new LabCell.CellCitation(c.marker(), c.sourceId(), c.documentId(), c.title(), c.excerpt()))
			.toList();
		LabCell cell = job.cell();
		return new LabCell(cell.cellId(), cell.variant(), cell.model(), cell.temperature(), cell.caseId(),
				CellStatus.DONE, prompt, draft.text(), draft.mode(), citations, draft.warnings(), tookMs, null, checks,
				score);
	}

	private static LabCell failed(LabCell cell, Language language, String prompt, String error, List<Check> checks,
			long tookMs) {
		String reason = (language == Language.KO ? "초안이 작성되지 않았습니다: " : "No draft was written: ") + error;
		List<CheckResult> results = checks.stream()
			.map(c -> new CheckResult(c.type(), c.description(language), false, reason))
			.toList();
		return new LabCell(cell.cellId(), cell.variant(), cell.model(), cell.temperature(), cell.caseId(),
				CellStatus.FAILED, prompt, "", "", List.of(), List.of(), tookMs, error, results, 0.0);
	}

	private static String text(@Nullable DraftPrompt prompt) {
		return prompt == null ? "" : "[system]\n" + prompt.system().strip() + "\n\n[user]\n" + prompt.user().strip();
	}

	private static String reason(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}

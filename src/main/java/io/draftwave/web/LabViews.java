package io.draftwave.web;

import java.time.Instant;
import java.util.List;

import io.draftwave.lab.CheckResult;
import io.draftwave.lab.DocumentRefs;
import io.draftwave.lab.Exercise;
import io.draftwave.lab.ExerciseProblem;
import io.draftwave.lab.LabCell;
import io.draftwave.lab.LabModels;
import io.draftwave.lab.LabRun;
import io.draftwave.lab.Leaderboard;
import io.draftwave.lab.ModelSetting;
import io.draftwave.lab.Variant;
import org.jspecify.annotations.Nullable;

/**
 * The lab's wire records, named as in the contract between the lab's API and its pages.
 */
final class LabViews {

	private LabViews() {
	}

	record ExerciseSummary(String id, int level, String title, String goal, String kind, String language, int cases) {

		static ExerciseSummary of(Exercise e) {
			return new ExerciseSummary(e.id(), e.level(), e.title(), e.goal(), e.kind().id(), e.language().code(),
					e.cases().size());
		}

	}

	record ProblemView(String file, int line, String message) {

		static ProblemView of(ExerciseProblem p) {
			return new ProblemView(p.file(), p.line(), p.message());
		}

	}

	record SourceView(String documentId, String title, String ref) {
	}

	record CheckView(String type, String description) {
	}

	record CaseView(String id, String input, List<CheckView> checks) {
	}

	/**
	 * @param missingDocuments documents the exercise names that the corpus does not hold
	 * (a run is refused until they are there)
	 * @param file the exercise's file, relative to the exercises folder
	 */
	record ExerciseDetail(String id, int level, String title, String goal, String instructions, String kind,
			String language, List<String> documentIds, List<SourceView> sources, List<Variant> variants,
			List<CaseView> cases, List<String> missingDocuments, String file) {

		static ExerciseDetail of(Exercise e, DocumentRefs refs) {
			List<SourceView> sources = e.documents()
				.stream()
				.flatMap(ref -> refs.find(ref).map(d -> new SourceView(d.id(), d.title(), ref)).stream())
				.toList();
			List<CaseView> cases = e.cases()
				.stream()
				.map(c -> new CaseView(c.id(), c.input(),
						c.checks().stream().map(k -> new CheckView(k.type(), k.description(e.language()))).toList()))
				.toList();
			return new ExerciseDetail(e.id(), e.level(), e.title(), e.goal(), e.instructions(), e.kind().id(),
					e.language().code(), sources.stream().map(SourceView::documentId).toList(), sources, e.variants(),
					cases, refs.unknown(e.documents()), e.file());
		}

	}

	record ModelView(String id, String label, String kind, boolean temperatures) {

		static ModelView of(LabModels.LabModel m) {
			return new ModelView(m.id(), m.label(), m.extractive() ? "extractive" : "llm", !m.extractive());
		}

	}

	record Progress(int done, int total) {

		static Progress of(LabRun run) {
			return new Progress(run.finishedCells(), run.cells().size());
		}

	}

	record SummaryView(String variant, String model, @Nullable Double temperature, long passed, long total,
			double score) {

		static SummaryView of(LabRun.Summary s) {
			return new SummaryView(s.variant(), s.model(), s.temperature(), s.passed(), s.total(), s.score());
		}

	}

	record CellView(String cellId, String variant, String model, @Nullable Double temperature, String caseId,
			String status, String prompt, String output, String mode, List<LabCell.CellCitation> citations,
			List<String> warnings, long tookMs, @Nullable String error, List<CheckResult> checks,
			@Nullable Double score) {

		static CellView of(LabCell c) {
			return new CellView(c.cellId(), c.variant(), c.model(), c.temperature(), c.caseId(), c.status().id(),
					c.prompt(), c.output(), c.mode(), c.citations(), c.warnings(), c.tookMs(), c.error(), c.checks(),
					c.score());
		}

	}

	record RunView(String runId, String exerciseId, @Nullable String participant, String status, Instant createdAt,
			@Nullable Instant finishedAt, Progress progress, List<Variant> variants, List<ModelSetting> models,
			List<CellView> cells, List<SummaryView> summary) {

		static RunView of(LabRun run) {
			return new RunView(run.runId(), run.exerciseId(), run.participant(), run.status(), run.createdAt(),
					run.finishedAt(), Progress.of(run), run.variants(), run.models(),
					run.cells().stream().map(CellView::of).toList(),
					run.summary().stream().map(SummaryView::of).toList());
		}

	}

	record RunSummaryView(String runId, String exerciseId, @Nullable String participant, String status,
			Instant createdAt, Progress progress, List<SummaryView> summary) {

		static RunSummaryView of(LabRun run) {
			return new RunSummaryView(run.runId(), run.exerciseId(), run.participant(), run.status(), run.createdAt(),
					Progress.of(run), run.summary().stream().map(SummaryView::of).toList());
		}

	}

	record EntryView(int rank, String participant, String variant, String model, @Nullable Double temperature,
			double score, long passed, long total, String runId) {

		static EntryView of(Leaderboard.Entry e) {
			return new EntryView(e.rank(), e.participant(), e.variant(), e.model(), e.temperature(), e.score(),
					e.passed(), e.total(), e.runId());
		}

	}

}

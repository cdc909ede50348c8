package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.draftwave.lab.DocumentRefs;
import io.draftwave.lab.Exercise;
import io.draftwave.lab.Lab;
import io.draftwave.lab.ModelSetting;
import io.draftwave.lab.RunExport;
import io.draftwave.lab.RunRequest;
import io.draftwave.lab.Variant;
import io.draftwave.web.LabViews.ExerciseDetail;
import io.draftwave.web.LabViews.ExerciseSummary;
import io.draftwave.web.LabViews.RunView;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trainers' prompt lab under {@code /api/lab}: exercises, models, runs (started at
 * once and drafted in the background; poll a run for its progress), reruns of a cell, CSV
 * and JSON exports, and the class leaderboard. Field names follow the lab's contract with
 * its pages.
 */
@RestController
class LabController {

	private final Lab lab;

	private final JsonMapper json;

	/**
	 * @param json the service's JSON mapper, so an export reads like the API's answer
	 */
	LabController(Lab lab, JsonMapper json) {
		this.lab = lab;
		this.json = json;
	}

	/**
	 * Body of {@code POST /api/lab/runs}.
	 *
	 * @param exerciseId the exercise
	 * @param participant the trainee's name for the leaderboard
	 * @param variants prompt variants, 1 to 6; {@code {{input}}} stands for a case's
	 * input
	 * @param models model settings, 1 to 4; default: the extractive drafter
	 */
	record RunBody(@Nullable String exerciseId, @Nullable String participant, @Nullable List<VariantBody> variants,
			@Nullable List<ModelBody> models) {

		RunRequest toRequest() {
			if (exerciseId == null || exerciseId.isBlank()) {
				throw new InvalidRequestException("'exerciseId' must not be empty");
			}
			List<Variant> v = variants == null ? List.of()
					: variants.stream()
						.map(b -> b == null ? new Variant("", "")
								: new Variant(b.name() == null ? "" : b.name(), b.prompt() == null ? "" : b.prompt()))
						.toList();
			List<ModelSetting> m = models == null ? null
					: models.stream()
						.map(b -> new ModelSetting(b == null || b.model() == null ? "" : b.model(),
								b == null ? null : b.temperature()))
						.toList();
			return new RunRequest(exerciseId.strip(), participant, v, m);
		}

	}

	record VariantBody(@Nullable String name, @Nullable String prompt) {
	}

	record ModelBody(@Nullable String model, @Nullable Double temperature) {
	}

	@Operation(summary = "List the lab's exercises, by level, and the problems of exercise files that did not load")
	@GetMapping(path = "/api/lab/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> listExercises() {
		return lab.exercises()
			.map(s -> Map.of("exercises", s.exercises().stream().map(ExerciseSummary::of).toList(), "problems",
					s.problems().stream().map(LabViews.ProblemView::of).toList()));
	}

	@Operation(summary = "One exercise: goal, instructions, sources, starter variants and cases with their checks")
	@GetMapping(path = "/api/lab/exercises/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ExerciseDetail> findExercise(@PathVariable String id) {
		return lab.exercise(id).zipWith(lab.documents(), (Exercise e, DocumentRefs refs) -> ExerciseDetail.of(e, refs));
	}

	@Operation(summary = "The drafters a run may use: the extractive drafter and each configured language model")
	@GetMapping(path = "/api/lab/models", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> listModels() {
		return Map.of("models", lab.models().stream().map(LabViews.ModelView::of).toList());
	}

	@Operation(summary = "Start a run: every variant with every model setting on every case of the exercise",
			description = "Answers 202 with the run, its cells pending; poll GET /api/lab/runs/{runId} for progress.")
	@PostMapping(path = "/api/lab/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<RunView>> startRun(@RequestBody RunBody body) {
		RunRequest request = body.toRequest();
		return lab.start(request).map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(RunView.of(run)));
	}

	@Operation(summary = "A run with its cells, their outputs and check results, and the score per variant and model")
	@GetMapping(path = "/api/lab/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<RunView> findRun(@PathVariable String runId) {
		return lab.run(runId).map(RunView::of);
	}

	@Operation(summary = "Runs, newest first, of one exercise or of all")
	@GetMapping(path = "/api/lab/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> listRuns(@RequestParam(required = false) @Nullable String exerciseId) {
		return lab.runs(exerciseId == null || exerciseId.isBlank() ? null : exerciseId)
			.map(LabViews.RunSummaryView::of)
			.collectList()
			.map(runs -> Map.of("runs", runs));
	}

	@Operation(summary = "Draft one cell of a run again; answers 202 with the run, that cell pending")
	@PostMapping(path = "/api/lab/runs/{runId}/cells/{cellId}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<RunView>> rerunCell(@PathVariable String runId, @PathVariable String cellId) {
		return lab.rerun(runId, cellId).map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(RunView.of(run)));
	}

	@Operation(summary = "Download a run as CSV (one row per cell) or JSON (the run object)")
	@GetMapping(path = "/api/lab/runs/{runId}/export")
	Mono<ResponseEntity<byte[]>> exportRun(@PathVariable String runId,
			@RequestParam(defaultValue = "csv") String format) {
		if (!format.equals("csv") && !format.equals("json")) {
			throw new InvalidRequestException("'format' must be csv or json, not '" + format + "'");
		}
		return lab.run(runId).map(run -> {
			boolean csv = format.equals("csv");
			byte[] body = csv ? RunExport.csv(run).getBytes(StandardCharsets.UTF_8)
					: json.writeValueAsBytes(RunView.of(run));
			return ResponseEntity.ok()
				.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("lab-run-" + run.runId() + "." + format)
							.build()
							.toString())
				.body(body);
		});
	}

	@Operation(summary = "The class leaderboard of an exercise: each participant's best score")
	@GetMapping(path = "/api/lab/leaderboard", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> leaderboard(@RequestParam(required = false) @Nullable String exerciseId) {
		if (exerciseId == null || exerciseId.isBlank()) {
			throw new InvalidRequestException("'exerciseId' is required");
		}
		return lab.exercise(exerciseId)
			.then(lab.leaderboard(exerciseId))
			.map(entries -> Map.of("entries", entries.stream().map(LabViews.EntryView::of).toList()));
	}

}

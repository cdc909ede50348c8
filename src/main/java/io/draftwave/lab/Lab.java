package io.draftwave.lab;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.draftwave.corpus.DocumentStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The prompt lab as the HTTP layer uses it: exercises, models, runs, reruns and the
 * leaderboard. A run is planned as the grid variants × model settings × cases (cells
 * {@code c1}..{@code cN} in that order), stored with every cell pending, answered at
 * once, and drafted in the background through the {@link CellQueue}; its state is read
 * back from the store, so progress shows while it runs and the run survives a restart.
 * After a restart the cells a stop left pending or running are drafted again
 * ({@link #resumeInterrupted()}); a cell whose exercise has gone fails with that reason.
 */
public final class Lab {

	/** The most prompt variants in one run. */
	public static final int MAX_VARIANTS = 6;

	/** The most model settings in one run. */
	public static final int MAX_MODELS = 4;

	/** The longest prompt accepted, in characters. */
	public static final int MAX_PROMPT_CHARS = 8000;

	/** The longest participant name accepted. */
	public static final int MAX_PARTICIPANT_CHARS = 100;

	private static final Logger log = LoggerFactory.getLogger(Lab.class);

	private final ExerciseCatalog catalog;

	private final LabModels models;

	private final RunStore store;

	private final CellQueue queue;

	private final DocumentStore documents;

	private final Clock clock;

	Lab(ExerciseCatalog catalog, LabModels models, RunStore store, CellQueue queue, DocumentStore documents,
			Clock clock) {
		this.catalog = catalog;
		this.models = models;
		this.store = store;
		this.queue = queue;
		this.documents = documents;
		this.clock = clock;
	}

	/** The exercises and the problems of the files that did not load. */
	public Mono<ExerciseCatalog.Snapshot> exercises() {
		return Mono.fromCallable(catalog::current).subscribeOn(Schedulers.boundedElastic());
	}

	/** One exercise; a {@link LabNotFoundException} when none has the id. */
	public Mono<Exercise> exercise(String id) {
		return Mono.fromCallable(() -> catalog.find(id))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(found -> Mono.justOrEmpty(found))
			.switchIfEmpty(Mono.error(() -> new LabNotFoundException("no exercise has the id '" + id + "'")));
	}

	/** The corpus's documents, to resolve the documents exercises name. */
	public Mono<DocumentRefs> documents() {
		return documents.findAll().collectList().map(DocumentRefs::new);
	}

	/** The drafters a run may use, the extractive drafter first. */
	public List<LabModels.LabModel> models() {
		return models.list();
	}

	/**
	 * Starts a run and answers with it, every cell pending.
	 * @throws LabRequestException (as the Mono's error) when the request breaks a rule:
	 * unknown exercise or model, no variant, an empty prompt, too many variants or
	 * settings, a temperature outside 0..2, documents of the exercise missing from the
	 * corpus
	 */
	public Mono<LabRun> start(RunRequest request) {
		return Mono.fromCallable(() -> catalog.find(request.exerciseId() == null ? "" : request.exerciseId()))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(found -> {
				Exercise exercise = found.orElseThrow(() -> new LabRequestException(
						"no exercise has the id '" + request.exerciseId() + "'; GET /api/lab/exercises lists them"));
				List<Variant> variants = variants(request.variants());
				List<ModelSetting> settings = settings(request.models());
				String participant = participant(request.participant());
				return documents().flatMap(refs -> {
					List<String> missing = refs.unknown(exercise.documents());
					if (!missing.isEmpty()) {
						return Mono.error(new LabRequestException(
								"the exercise's documents are not in the corpus: " + String.join(", ", missing)
										+ " (while the corpus is being indexed, try again shortly)"));
					}
					LabRun run = plan(exercise, participant, variants, settings);
					return store.insert(run)
						.then(Mono.fromRunnable(() -> submit(run, run.cells(), exercise, refs)))
						.thenReturn(run);
				});
			})
			.doOnNext(run -> log.info("Lab run {} of exercise {} started: {} cells", run.runId(), run.exerciseId(),
					run.cells().size()));
	}

	/**
	 * A run with its cells as they stand; a {@link LabNotFoundException} when unknown.
	 */
	public Mono<LabRun> run(String runId) {
		return store.find(runId)
			.switchIfEmpty(Mono.error(() -> new LabNotFoundException("no lab run has the id '" + runId + "'")));
	}

	/** Runs newest first, of one exercise or (null) of all. */
	public Flux<LabRun> runs(@Nullable String exerciseId) {
		return store.findAll(exerciseId);
	}

	/** Drafts one cell again; answers with the run, that cell pending. */
	public Mono<LabRun> rerun(String runId, String cellId) {
		return run(runId).flatMap(run -> {
			LabCell cell = run.cells().stream().filter(c -> c.cellId().equals(cellId)).findFirst().orElse(null);
			if (cell == null) {
				return Mono.error(new LabNotFoundException("run '" + runId + "' has no cell '" + cellId + "'"));
			}
			if (!cell.status().finished()) {
				return Mono.error(new LabRequestException("cell '" + cellId + "' is still " + cell.status().id()
						+ "; run it again once it has finished"));
			}
			return Mono.zip(exercise(run.exerciseId()), documents()).flatMap(found -> {
				LabCell pending = cell.reset();
				// the answer is read before the cell is queued, so it always shows the
				// cell pending
				return store.saveCell(runId, pending)
					.then(store.reopen(runId))
					.then(run(runId))
					.doOnNext(reopened -> submit(run, List.of(pending), found.getT1(), found.getT2()));
			});
		});
	}

	/** The leaderboard of an exercise, best first. */
	public Mono<List<Leaderboard.Entry>> leaderboard(String exerciseId) {
		return store.findAll(exerciseId).collectList().map(Leaderboard::of);
	}

	/**
	 * Drafts again the cells that a stop left pending or running; called once at
	 * start-up. Cells whose exercise no longer exists fail with that reason.
	 */
	public Mono<Void> resumeInterrupted() {
		return store.findRunning().concatMap(run -> documents().flatMap(refs -> {
			List<LabCell> unfinished = run.cells().stream().filter(c -> !c.status().finished()).toList();
			Exercise exercise = catalog.find(run.exerciseId()).orElse(null);
			log.info("Lab run {} was interrupted by a stop: {} of {} cells are drafted again", run.runId(),
					unfinished.size(), run.cells().size());
			if (exercise == null) {
				return Flux.fromIterable(unfinished)
					.concatMap(c -> store.saveCell(run.runId(), failedWithout(c, run.exerciseId())))
					.then(store.finishIfComplete(run.runId(), clock.instant()));
			}
			List<LabCell> pending = unfinished.stream().map(LabCell::reset).toList();
			return Flux.fromIterable(pending)
				.concatMap(c -> store.saveCell(run.runId(), c))
				.then(store.finishIfComplete(run.runId(), clock.instant()))
				.doOnNext(finished -> submit(run, pending, exercise, refs));
		})).then();
	}

	private void submit(LabRun run, List<LabCell> cells, Exercise exercise, DocumentRefs refs) {
		Set<String> ids = refs.ids(exercise.documents());
		for (LabCell cell : cells) {
			String prompt = run.variants()
				.stream()
				.filter(v -> v.name().equals(cell.variant()))
				.findFirst()
				.map(Variant::prompt)
				.orElse("");
			queue.submit(new CellRunner.Job(run.runId(), cell, exercise, prompt, ids, refs));
		}
	}

	private static LabCell failedWithout(LabCell cell, String exerciseId) {
		return new LabCell(cell.cellId(), cell.variant(), cell.model(), cell.temperature(), cell.caseId(),
				CellStatus.FAILED, "", "", "", List.of(), List.of(), 0,
				"the exercise '" + exerciseId + "' no longer exists", List.of(), 0.0);
	}

	private LabRun plan(Exercise exercise, @Nullable String participant, List<Variant> variants,
			List<ModelSetting> settings) {
		List<LabCell> cells = new ArrayList<>();
		for (Variant v : variants) {
			for (ModelSetting m : settings) {
				for (ExerciseCase c : exercise.cases()) {
					cells.add(LabCell.pending("c" + (cells.size() + 1), v.name(), m, c.id()));
				}
			}
		}
		return new LabRun(UUID.randomUUID().toString(), exercise.id(), participant, false, clock.instant(), null,
				variants, settings, cells);
	}

	private static List<Variant> variants(@Nullable List<Variant> given) {
		if (given == null || given.isEmpty()) {
			throw new LabRequestException("'variants' must hold at least one prompt variant");
		}
		if (given.size() > MAX_VARIANTS) {
			throw new LabRequestException("a run takes at most " + MAX_VARIANTS + " variants, not " + given.size());
		}
		List<Variant> variants = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Variant v = given.get(i);
			String name = v == null || v.name() == null || v.name().isBlank() ? String.valueOf(i + 1)
					: v.name().strip();
			String prompt = v == null || v.prompt() == null ? "" : v.prompt().strip();
			if (prompt.isEmpty()) {
				throw new LabRequestException("variant " + (i + 1) + " ('" + name + "') has an empty prompt");
			}
			if (prompt.length() > MAX_PROMPT_CHARS) {
				throw new LabRequestException(
						"variant " + (i + 1) + " ('" + name + "') is longer than " + MAX_PROMPT_CHARS + " characters");
			}
			if (!names.add(name)) {
				throw new LabRequestException("two variants are named '" + name + "'; give each its own name");
			}
			variants.add(new Variant(name, prompt));
		}
		return variants;
	}

	private List<ModelSetting> settings(@Nullable List<ModelSetting> given) {
		if (given == null || given.isEmpty()) {
			return List.of(new ModelSetting(LabModels.EXTRACTIVE, null));
		}
		if (given.size() > MAX_MODELS) {
			throw new LabRequestException("a run takes at most " + MAX_MODELS + " model settings, not " + given.size());
		}
		List<ModelSetting> settings = new ArrayList<>();
		for (ModelSetting s : given) {
			String model = s == null || s.model() == null ? "" : s.model().strip();
			if (!models.knows(model)) {
				throw new LabRequestException("unknown model '" + model + "'; GET /api/lab/models lists them: "
						+ String.join(", ", models.list().stream().map(LabModels.LabModel::id).toList()));
			}
			Double temperature = LabModels.isExtractive(model) ? null
					: s.temperature() == null ? LabModels.DEFAULT_TEMPERATURE : s.temperature();
			if (temperature != null && (temperature < 0 || temperature > 2)) {
				throw new LabRequestException("temperature must be between 0 and 2, not " + temperature);
			}
			ModelSetting setting = new ModelSetting(model, temperature);
			if (settings.contains(setting)) {
				throw new LabRequestException("the model setting " + setting.label() + " is given twice");
			}
			settings.add(setting);
		}
		return settings;
	}

	private static @Nullable String participant(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		if (name.strip().length() > MAX_PARTICIPANT_CHARS) {
			throw new LabRequestException("'participant' is longer than " + MAX_PARTICIPANT_CHARS + " characters");
		}
		return name.strip();
	}

}

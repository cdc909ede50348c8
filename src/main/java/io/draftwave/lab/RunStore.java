package io.draftwave.lab;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.draftwave.corpus.StoreWork;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Runs and their cells in the relational store ({@code lab_runs}, {@code lab_cells}),
 * with plain SQL that runs on H2 and PostgreSQL alike; variants, model settings and each
 * cell are JSON text. A new run's cells are written before its row, so a run that can be
 * found always has its cells. Every method is non-blocking for its caller: statements are
 * subscribed on the store's threads ({@link StoreWork}) because the embedded H2 driver
 * blocks, and a cancelled statement never has its thread interrupted there (H2 closes its
 * file on an interrupt). A new run is written whole even when its caller cancels. A
 * missing run is an empty {@link Mono}.
 */
final class RunStore {

	/** The most runs a listing returns. */
	static final int MAX_LISTED = 500;

	private static final String RUN_COLUMNS = "id, exercise_id, participant, status, created_at, finished_at, variants, models";

	private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {
	};

	private static final TypeReference<List<ModelSetting>> MODELS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final StoreWork work;

	private final Scheduler statements;

	private final JsonMapper json = JsonMapper.builder().build();

	public RunStore(DatabaseClient db, StoreWork work) {
		this.db = db;
		this.work = work;
		this.statements = work.scheduler();
	}

	/** Stores a new run with all its cells. */
	Mono<Void> insert(LabRun run) {
		Flux<Void> cells = Flux.range(0, run.cells().size())
			.concatMap(i -> db
				.sql("insert into lab_cells (run_id, cell_id, ordinal, status, body) "
						+ "values (:run, :cell, :ordinal, :status, :body)")
				.bind("run", run.runId())
				.bind("cell", run.cells().get(i).cellId())
				.bind("ordinal", i)
				.bind("status", run.cells().get(i).status().name())
				.bind("body", json.writeValueAsString(run.cells().get(i)))
				.then());
		var spec = db
			.sql("insert into lab_runs (" + RUN_COLUMNS + ") values (:id, :exercise, :participant, :status, "
					+ ":created, null, :variants, :models)")
			.bind("id", run.runId())
			.bind("exercise", run.exerciseId())
			.bind("status", run.status())
			.bind("created", utc(run.createdAt()))
			.bind("variants", json.writeValueAsString(run.variants()))
			.bind("models", json.writeValueAsString(run.models()));
		spec = run.participant() == null ? spec.bindNull("participant", String.class)
				: spec.bind("participant", run.participant());
		return work.detached(offLoop(cells.then(spec.then())));
	}

	/** Replaces a cell's state. */
	Mono<Void> saveCell(String runId, LabCell cell) {
		return offLoop(
				db.sql("update lab_cells set status = :status, body = :body where run_id = :run and cell_id = :cell")
					.bind("status", cell.status().name())
					.bind("body", json.writeValueAsString(cell))
					.bind("run", runId)
					.bind("cell", cell.cellId())
					.then());
	}

	/**
	 * Saves a drafted cell and marks its run done when it was the last one (as
	 * {@link #finishIfComplete}); both are written even when the caller cancels, so a
	 * drafted cell is not left marked running.
	 */
	Mono<Boolean> saveDrafted(String runId, LabCell cell, Instant now) {
		return work.detached(saveCell(runId, cell).then(finishIfComplete(runId, now)));
	}

	/** Marks a run as running again (a cell is run again). */
	Mono<Void> reopen(String runId) {
		return offLoop(db.sql("update lab_runs set status = 'running', finished_at = null where id = :id")
			.bind("id", runId)
			.then());
	}

	/**
	 * Marks the run done when none of its cells is pending or running; true when it did.
	 */
	Mono<Boolean> finishIfComplete(String runId, Instant now) {
		return offLoop(db
			.sql("update lab_runs set status = 'done', finished_at = :now where id = :id "
					+ "and status = 'running' and not exists (select 1 from lab_cells where run_id = :id "
					+ "and status in ('PENDING', 'RUNNING'))")
			.bind("now", utc(now))
			.bind("id", runId)
			.fetch()
			.rowsUpdated()
			.map(n -> n > 0));
	}

	/** The run with its cells. */
	public Mono<LabRun> find(String runId) {
		return offLoop(db.sql("select " + RUN_COLUMNS + " from lab_runs where id = :id")
			.bind("id", runId)
			.map(this::readRun)
			.one()).flatMap(this::withCells);
	}

	/**
	 * Runs with their cells, newest first, of one exercise or (null) of all; at most
	 * {@value #MAX_LISTED}.
	 */
	public Flux<LabRun> findAll(@Nullable String exerciseId) {
		String where = exerciseId == null ? "" : " where exercise_id = :exercise";
		var spec = db.sql("select " + RUN_COLUMNS + " from lab_runs" + where + " order by created_at desc, id limit "
				+ MAX_LISTED);
		if (exerciseId != null) {
			spec = spec.bind("exercise", exerciseId);
		}
		return offLoop(spec.map(this::readRun).all()).concatMap(this::withCells);
	}

	/** Runs left running, e.g. by a stop in the middle of a run. */
	Flux<LabRun> findRunning() {
		return offLoop(db.sql("select " + RUN_COLUMNS + " from lab_runs where status = 'running' order by created_at")
			.map(this::readRun)
			.all()).concatMap(this::withCells);
	}

	private Mono<LabRun> withCells(LabRun run) {
		return offLoop(db.sql("select body from lab_cells where run_id = :run order by ordinal")
			.bind("run", run.runId())
			.map(row -> json.readValue(row.get("body", String.class), LabCell.class))
			.all()
			.collectList())
			.map(cells -> new LabRun(run.runId(), run.exerciseId(), run.participant(), run.done(), run.createdAt(),
					run.finishedAt(), run.variants(), run.models(), cells));
	}

	private LabRun readRun(Readable row) {
		OffsetDateTime finished = row.get("finished_at", OffsetDateTime.class);
		return new LabRun(row.get("id", String.class), row.get("exercise_id", String.class),
				row.get("participant", String.class), "done".equals(row.get("status", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
				json.readValue(row.get("variants", String.class), VARIANTS),
				json.readValue(row.get("models", String.class), MODELS), List.of());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private <T> Mono<T> offLoop(Mono<T> statement) {
		return statement.subscribeOn(statements);
	}

	private <T> Flux<T> offLoop(Flux<T> statement) {
		return statement.subscribeOn(statements);
	}

}

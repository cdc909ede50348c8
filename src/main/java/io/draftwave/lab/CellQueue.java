package io.draftwave.lab;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The cells waiting to be drafted, over all runs, first come first served, at most
 * {@code concurrency} at a time: a class of trainees starting runs together shares the
 * model's capacity instead of multiplying the calls. Each cell is saved as running,
 * drafted ({@link CellRunner}), saved with its result, and its run is marked done when it
 * was the last. A failure to save is logged and leaves the cell as it was stored.
 * Thread-safe.
 */
final class CellQueue implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CellQueue.class);

	private final Sinks.Many<CellRunner.Job> jobs = Sinks.many().unicast().onBackpressureBuffer();

	private final CellRunner runner;

	private final RunStore store;

	private final Clock clock;

	private final Disposable worker;

	CellQueue(CellRunner runner, RunStore store, Clock clock, int concurrency) {
		this.runner = runner;
		this.store = store;
		this.clock = clock;
		this.worker = jobs.asFlux().flatMap(this::process, concurrency, 1).subscribe();
	}

	/** Queues a cell; it is drafted when a place is free. */
	synchronized void submit(CellRunner.Job job) {
		Sinks.EmitResult result = jobs.tryEmitNext(job);
		if (result.isFailure()) {
			throw new IllegalStateException("the lab's cell queue is closed (" + result + ")");
		}
	}

	private Mono<Void> process(CellRunner.Job job) {
		String runId = job.runId();
		return store.saveCell(runId, job.cell().withStatus(CellStatus.RUNNING)).then(runner.run(job)).flatMap(cell -> {
			if (cell.status() == CellStatus.FAILED) {
				log.warn("Lab run {}: cell {} ({}, {}, case {}) failed: {}", runId, cell.cellId(), cell.variant(),
						cell.setting().label(), cell.caseId(), cell.error());
			}
			return store.saveDrafted(runId, cell, clock.instant());
		}).doOnNext(finished -> {
			if (finished) {
				log.info("Lab run {} of exercise {} is done", runId, job.exercise().id());
			}
		}).then().onErrorResume(e -> {
			log.error("Lab run {}: cell {} could not be saved: {}", runId, job.cell().cellId(), e.toString());
			return Mono.empty();
		});
	}

	@Override
	public void close() {
		worker.dispose();
	}

}

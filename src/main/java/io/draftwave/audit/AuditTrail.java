package io.draftwave.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Writes events to the {@link AuditStore} on one thread, {@code audit-writer}: callers
 * put an event in an in-memory queue and get a {@link Mono} that completes once the event
 * is committed; the writer takes whatever has queued up (up to {@value #BATCH} events),
 * numbers and chains them and writes them in one multi-row insert (one commit). One
 * writer makes the chain's order the order of the queue whatever the concurrency, and a
 * batch costs one commit however many requests wait on it. Removal of old events
 * ({@link AuditProperties#keepFor()}) runs on the same thread between batches, so it
 * never races a write.
 * <p>
 * When the database fails, the batch is kept and written again every second; a caller
 * waits at most {@link AuditProperties#answerWait()} and then goes on (its event is still
 * queued). On stop the queue is written out before the thread ends, for at most
 * {@link #DRAIN_LIMIT}. Thread-safe.
 */
public final class AuditTrail implements SmartLifecycle {

	/** The most events written in one insert. */
	static final int BATCH = 500;

	/**
	 * Stops after the web server (which stops taking requests and finishes the ones in
	 * flight) and before the connection pool closes.
	 */
	static final int PHASE = -90;

	static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final AuditStore store;

	private final AuditProperties properties;

	private final Clock clock;

	private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();

	private final AtomicLong written = new AtomicLong();

	private volatile @Nullable Thread writer;

	private volatile boolean stopping;

	private AuditStore.@Nullable Link last;

	private Instant nextRetention = Instant.MIN;

	public AuditTrail(AuditStore store, AuditProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	private sealed interface Task {

	}

	private record Append(AuditEvent event, CompletableFuture<Void> written) implements Task {
	}

	private record Retain(CompletableFuture<Optional<AuditStore.Checkpoint>> done) implements Task {
	}

	/**
	 * Queues {@code event} at once, at this call (whether or not the result is subscribed
	 * to).
	 * @return completes when the event is committed, or after
	 * {@link AuditProperties#answerWait()} when the database is slower than that
	 */
	public Mono<Void> record(AuditEvent event) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		queue.add(new Append(event, done));
		Duration wait = properties.answerWait();
		return Mono.fromFuture(done.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS), true)
			.onErrorResume(TimeoutException.class, ex -> {
				log.warn("An audit event waited more than {} ms for the database; the answer goes on and the event "
						+ "stays queued until the database takes it", wait.toMillis());
				return Mono.empty();
			});
	}

	/**
	 * Removes the events older than {@link AuditProperties#keepFor()} now, on the writer.
	 * @return the checkpoint left, empty when nothing was old enough
	 */
	public Mono<Optional<AuditStore.Checkpoint>> removeOld() {
		CompletableFuture<Optional<AuditStore.Checkpoint>> done = new CompletableFuture<>();
		queue.add(new Retain(done));
		return Mono.fromFuture(done, true);
	}

	/** Events written since start. */
	public long written() {
		return written.get();
	}

	/** Events queued and not yet written. */
	public int queued() {
		return queue.size();
	}

	private void run() {
		List<Task> batch = new ArrayList<>(BATCH);
		while (true) {
			try {
				Task first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					if (stopping) {
						return;
					}
					retainWhenDue();
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				process(batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void process(List<Task> batch) throws InterruptedException {
		List<Append> appends = new ArrayList<>();
		for (Task task : batch) {
			if (task instanceof Append append) {
				appends.add(append);
			}
			else if (task instanceof Retain retain) {
				writeAll(appends);
				appends.clear();
				retain(retain.done());
			}
		}
		writeAll(appends);
	}

	private void writeAll(List<Append> appends) throws InterruptedException {
		if (appends.isEmpty()) {
			return;
		}
		while (true) {
			try {
				AuditStore.Link link = last != null ? last : store.last().block();
				List<ChainedEvent> chained = new ArrayList<>(appends.size());
				String prev = link.hash();
				long seq = link.seq();
				for (Append append : appends) {
					ChainedEvent event = AuditChain.link(++seq, append.event(), prev);
					chained.add(event);
					prev = event.hash();
				}
				store.append(chained);
				last = new AuditStore.Link(seq, prev);
				written.addAndGet(appends.size());
				appends.forEach(a -> a.written().complete(null));
				return;
			}
			catch (RuntimeException ex) {
				last = null; // read the chain's end again: the failed insert may or
								// may not have committed
				if (stopping && System.nanoTime() > stopDeadline) {
					log.error("Stopping with {} audit events not written: the database refused them ({})",
							appends.size() + queue.size(), ex.toString());
					appends.forEach(a -> a.written().completeExceptionally(ex));
					return;
				}
				log.warn("Writing {} audit events failed ({}); trying again in 1 s", appends.size(), ex.toString());
				Thread.sleep(1000);
			}
		}
	}

	private volatile long stopDeadline = Long.MAX_VALUE;

	private void retainWhenDue() {
		Instant now = clock.instant();
		if (!properties.enabled() || now.isBefore(nextRetention)) {
			return;
		}
		nextRetention = now.plus(properties.retentionEvery());
		retain(new CompletableFuture<>());
	}

	private void retain(CompletableFuture<Optional<AuditStore.Checkpoint>> done) {
		Instant now = clock.instant();
		try {
			Optional<AuditStore.Checkpoint> checkpoint = store.removeBefore(now.minus(properties.keepFor()), now)
				.block();
			checkpoint.ifPresent(c -> log.info("Removed {} audit events older than {} (up to event {}); a checkpoint "
					+ "keeps the chain verifiable", c.removed(), c.removedBefore(), c.lastSeq()));
			done.complete(checkpoint);
		}
		catch (RuntimeException ex) {
			log.warn("Removing old audit events failed ({}); trying again in {}", ex.toString(),
					properties.retentionEvery());
			done.completeExceptionally(ex);
		}
	}

	@Override
	public void start() {
		stopping = false;
		stopDeadline = Long.MAX_VALUE;
		Thread thread = new Thread(this::run, "audit-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	/** Writes out the queue, then lets the writer end. */
	@Override
	public void stop() {
		Thread thread = writer;
		if (thread == null) {
			return;
		}
		stopDeadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
		stopping = true;
		try {
			thread.join(DRAIN_LIMIT.toMillis() + 2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!queue.isEmpty()) {
			log.error("Stopped with {} audit events not written", queue.size());
		}
		store.closeWriter();
		writer = null;
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}

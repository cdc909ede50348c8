package io.draftwave.corpus;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Where blocking work on the stores runs: statements of the embedded database, writes to
 * the search index, originals and staged uploads. Two rules keep a cancelled request from
 * breaking a store:
 * <ul>
 * <li>{@link #scheduler()} runs tasks on the threads {@code store-N}, and cancelling a
 * task there never interrupts its thread. Reactor's {@code boundedElastic()} interrupts a
 * worker whose subscription is cancelled, and both H2's and Lucene's file channels close
 * for good when a thread inside them is interrupted
 * ({@code ClosedByInterruptException}).</li>
 * <li>{@link #detached} runs a sequence of writes to its end whatever happens to the
 * subscriber: a client that goes away after sending its upload does not stop the upload
 * between the record and the index commit.</li>
 * </ul>
 * On shutdown ({@link #stop()}) new detached work is refused and the work in flight is
 * waited for, so that the index commit and the records it marks are done before the
 * stores close. Thread-safe.
 */
@Component
public class StoreWork implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StoreWork.class);

	/**
	 * Stops after {@link CorpusStartup} (phase 0, which ends the folder ingestion) and
	 * before the beans that hold the index and the database are closed.
	 */
	static final int PHASE = -100;

	/** How long shutdown waits for detached work in flight. */
	static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

	/** Threads for store work: the embedded database serialises most writes anyway. */
	private static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	private final ExecutorService executor = daemonThreads("store", THREADS);

	private final Scheduler scheduler = uninterrupted(executor);

	private final Object lock = new Object();

	private int inFlight;

	private volatile boolean running;

	private volatile boolean accepting = true;

	/**
	 * A pool of {@code threads} daemon threads named {@code <name>-1}, {@code <name>-2},
	 * ….
	 */
	public static ExecutorService daemonThreads(String name, int threads) {
		AtomicInteger number = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, name + "-" + number.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * A scheduler over the pool whose tasks a cancel never interrupts. The pool is handed
	 * over as a plain Executor: Schedulers.fromExecutor treats an ExecutorService as
	 * fromExecutorService, whose tasks are cancelled with Future.cancel(true), an
	 * interrupt; over a plain Executor a cancelled task is only flagged.
	 */
	public static Scheduler uninterrupted(ExecutorService pool) {
		return Schedulers.fromExecutor(pool::execute);
	}

	/** The scheduler for blocking store work; cancelling never interrupts its threads. */
	public Scheduler scheduler() {
		return scheduler;
	}

	/** Runs a blocking call on {@link #scheduler()}. */
	public <T> Mono<T> call(Callable<T> task) {
		return Mono.fromCallable(task).subscribeOn(scheduler);
	}

	/** Runs a blocking step on {@link #scheduler()}. */
	public Mono<Void> run(Runnable task) {
		return Mono.<Void>fromRunnable(task).subscribeOn(scheduler);
	}

	/**
	 * Runs {@code work} to its end even when the returned {@link Mono} is cancelled: the
	 * work is subscribed once, here, and the caller only watches it. Its outcome reaches
	 * the caller while the caller is still subscribed; after a cancel it is only logged
	 * when it failed.
	 * @return the work's outcome; a {@link StoreClosingException} error once shutdown has
	 * begun
	 */
	public <T> Mono<T> detached(Mono<T> work) {
		return Mono.defer(() -> {
			synchronized (lock) {
				if (!accepting) {
					return Mono.error(new StoreClosingException());
				}
				inFlight++;
			}
			Sinks.One<T> outcome = Sinks.one();
			work.doFinally(signal -> finished()).subscribe(value -> outcome.tryEmitValue(value), error -> {
				if (outcome.currentSubscriberCount() == 0) {
					log.warn("Store work whose caller had gone failed: {}", error.toString());
				}
				outcome.tryEmitError(error);
			}, outcome::tryEmitEmpty);
			return outcome.asMono();
		});
	}

	private void finished() {
		synchronized (lock) {
			inFlight--;
			lock.notifyAll();
		}
	}

	/** Whether new detached work is taken (false once {@link #stop()} has begun). */
	boolean accepting() {
		return accepting;
	}

	/** Detached work started and not yet finished. */
	int inFlight() {
		synchronized (lock) {
			return inFlight;
		}
	}

	@Override
	public void start() {
		accepting = true;
		running = true;
	}

	/**
	 * Refuses new detached work, waits for the work in flight, then lets the threads end.
	 */
	@Override
	public void stop() {
		accepting = false;
		long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
		synchronized (lock) {
			while (inFlight > 0 && System.nanoTime() < deadline) {
				try {
					lock.wait(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			if (inFlight > 0) {
				log.warn("Stopping with {} store writes unfinished after {} s; the next start repairs them", inFlight,
						DRAIN_LIMIT.toSeconds());
			}
		}
		running = false;
	}

	/**
	 * Ends the threads once the context closes. A stopped context may be started again (a
	 * paused test context is), so {@link #stop()} only drains and refuses work; the pool
	 * lives until here.
	 */
	@Override
	public void destroy() {
		accepting = false;
		// no shutdownNow(): it would interrupt a thread inside the database or the index
		executor.shutdown();
		try {
			executor.awaitTermination(DRAIN_LIMIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}

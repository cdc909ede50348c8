package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class StoreWorkTest {

	private final StoreWork work = new StoreWork();

	@AfterEach
	void stop() {
		work.stop();
		work.destroy();
	}

	@Test
	void should_take_work_again_when_started_after_a_stop() {
		// given a store stopped as a paused context is
		work.start();
		work.stop();
		assertThatThrownBy(() -> work.detached(Mono.just(1)).block()).isInstanceOf(StoreClosingException.class);

		// when it starts again
		work.start();

		// then it writes again, on its own threads
		assertThat(work.detached(work.call(() -> Thread.currentThread().getName())).block()).startsWith("store-");
	}

	@Test
	void should_not_interrupt_a_task_whose_subscriber_cancels() throws Exception {
		// given a blocking task under way on the store's scheduler and, beside it, on
		// boundedElastic
		Blocked store = new Blocked();
		Blocked elastic = new Blocked();
		Disposable onStore = store.on(work.scheduler()).subscribe();
		Disposable onElastic = elastic.on(Schedulers.boundedElastic()).subscribe();
		store.started.await(10, TimeUnit.SECONDS);
		elastic.started.await(10, TimeUnit.SECONDS);

		// when both subscribers cancel
		onStore.dispose();
		onElastic.dispose();
		store.release.countDown();
		elastic.release.countDown();

		// then only boundedElastic interrupted its thread
		assertThat(store.interrupted.get(10, TimeUnit.SECONDS)).isFalse();
		assertThat(elastic.interrupted.get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void should_finish_detached_work_after_its_caller_cancels() throws Exception {
		// given detached work under way
		Blocked blocked = new Blocked();
		AtomicBoolean finished = new AtomicBoolean();
		Disposable caller = work.detached(blocked.on(work.scheduler()).doOnSuccess(v -> finished.set(true)))
			.subscribe();
		blocked.started.await(10, TimeUnit.SECONDS);

		// when the caller cancels and the work may go on
		caller.dispose();
		blocked.release.countDown();

		// then the work ran to its end, uninterrupted
		assertThat(blocked.interrupted.get(10, TimeUnit.SECONDS)).isFalse();
		work.stop();
		assertThat(finished).isTrue();
		assertThat(work.inFlight()).isZero();
	}

	@Test
	void should_wait_for_work_in_flight_and_refuse_new_work_on_stop() throws Exception {
		// given detached work under way
		Blocked blocked = new Blocked();
		CompletableFuture<Boolean> outcome = work.detached(blocked.on(work.scheduler())).toFuture();
		blocked.started.await(10, TimeUnit.SECONDS);

		// when the service stops
		CompletableFuture<Void> stopped = CompletableFuture.runAsync(work::stop);
		while (work.accepting()) {
			Thread.onSpinWait();
		}

		// then new work is refused while the work in flight is waited for
		assertThatThrownBy(() -> work.detached(Mono.just(1)).block()).isInstanceOf(StoreClosingException.class);
		assertThat(stopped).isNotDone();
		blocked.release.countDown();
		stopped.get(30, TimeUnit.SECONDS);
		assertThat(outcome.get(1, TimeUnit.SECONDS)).isFalse();
	}

	/**
	 * A task that blocks until released and tells whether its thread was interrupted
	 * meanwhile.
	 */
	private static final class Blocked {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final CompletableFuture<Boolean> interrupted = new CompletableFuture<>();

		Mono<Boolean> on(Scheduler scheduler) {
			return Mono.fromCallable(() -> {
				started.countDown();
				boolean wasInterrupted = false;
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					wasInterrupted = true;
				}
				interrupted.complete(wasInterrupted);
				return wasInterrupted;
			}).subscribeOn(scheduler);
		}

	}

}

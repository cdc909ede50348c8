package io.draftwave.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.draftwave.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

	@Test
	void should_refuse_with_retry_after_when_a_key_has_spent_its_minute() {
		// given six per minute: one token every ten seconds
		RateLimiter limiter = new RateLimiter(6, clock);
		for (int i = 0; i < 6; i++) {
			assertThat(limiter.acquire("press").allowed()).isTrue();
		}
		clock.advance(Duration.ofSeconds(3));

		// when
		RateLimiter.Decision refused = limiter.acquire("press");

		// then
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(7);
	}

	@Test
	void should_allow_again_when_tokens_have_refilled() {
		// given
		RateLimiter limiter = new RateLimiter(6, clock);
		for (int i = 0; i < 6; i++) {
			limiter.acquire("press");
		}

		// when
		clock.advance(Duration.ofSeconds(10));
		RateLimiter.Decision first = limiter.acquire("press");
		RateLimiter.Decision second = limiter.acquire("press");
		clock.advance(Duration.ofMinutes(5));
		int burst = 0;
		while (limiter.acquire("press").allowed()) {
			burst++;
		}

		// then
		assertThat(first.allowed()).isTrue();
		assertThat(second.allowed()).isFalse();
		assertThat(burst).as("a long pause refills the bucket but never beyond its size").isEqualTo(6);
	}

	@Test
	void should_count_each_key_apart_when_one_key_is_exhausted() {
		// given
		RateLimiter limiter = new RateLimiter(1, clock);
		limiter.acquire("press");

		// when
		RateLimiter.Decision press = limiter.acquire("press");
		RateLimiter.Decision admin = limiter.acquire("admin");

		// then
		assertThat(press.allowed()).isFalse();
		assertThat(press.retryAfterSeconds()).isEqualTo(60);
		assertThat(admin.allowed()).isTrue();
	}

	@Test
	void should_allow_exactly_the_bucket_size_when_many_threads_race() throws Exception {
		// given
		RateLimiter limiter = new RateLimiter(100, clock);
		AtomicInteger allowed = new AtomicInteger();
		List<Future<?>> tasks = new ArrayList<>();

		// when
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 400; i++) {
				tasks.add(pool.submit(() -> {
					if (limiter.acquire("press").allowed()) {
						allowed.incrementAndGet();
					}
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}

		// then
		assertThat(allowed).hasValue(100);
	}

}

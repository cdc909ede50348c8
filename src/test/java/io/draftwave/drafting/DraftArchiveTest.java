package io.draftwave.drafting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.draftwave.TestClock;
import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DraftArchiveTest {

	private final TestClock clock = new TestClock(Instant.parse("2024-05-01T09:00:00Z"));

	@Test
	void should_find_a_kept_draft_when_it_has_not_expired() {
		// given
		DraftArchive archive = new DraftArchive(Duration.ofHours(24), 10, clock);
		Draft draft = draft("a");
		archive.keep(draft);

		// when
		clock.advance(Duration.ofHours(23).plusMinutes(59));

		// then
		assertThat(archive.find("a")).contains(draft);
	}

	@Test
	void should_find_nothing_when_the_draft_has_expired() {
		// given
		DraftArchive archive = new DraftArchive(Duration.ofHours(24), 10, clock);
		archive.keep(draft("a"));

		// when
		clock.advance(Duration.ofHours(24));

		// then
		assertThat(archive.find("a")).isEmpty();
	}

	@Test
	void should_find_nothing_when_the_id_is_unknown() {
		// given
		DraftArchive archive = new DraftArchive(Duration.ofHours(24), 10, clock);
		archive.keep(draft("a"));

		// when / then
		assertThat(archive.find("b")).isEmpty();
	}

	@Test
	void should_drop_the_oldest_draft_when_more_than_the_maximum_are_kept() {
		// given
		DraftArchive archive = new DraftArchive(Duration.ofHours(24), 2, clock);

		// when
		archive.keep(draft("a"));
		clock.advance(Duration.ofSeconds(1));
		archive.keep(draft("b"));
		clock.advance(Duration.ofSeconds(1));
		archive.keep(draft("c"));

		// then
		assertThat(archive.find("a")).isEmpty();
		assertThat(archive.find("b")).isPresent();
		assertThat(archive.find("c")).isPresent();
	}

	@Test
	void should_keep_every_draft_when_many_threads_keep_drafts_at_once() {
		// given
		DraftArchive archive = new DraftArchive(Duration.ofHours(24), 1_000, Clock.systemUTC());
		List<CompletableFuture<Void>> writers = new ArrayList<>();

		// when
		for (int t = 0; t < 8; t++) {
			int thread = t;
			writers.add(CompletableFuture
				.runAsync(() -> IntStream.range(0, 100).forEach(i -> archive.keep(draft(thread + "-" + i)))));
		}
		writers.forEach(CompletableFuture::join);

		// then
		assertThat(IntStream.range(0, 8)
			.boxed()
			.flatMap(t -> IntStream.range(0, 100).mapToObj(i -> t + "-" + i))
			.filter(id -> archive.find(id).isPresent())).hasSize(800);
	}

	@Test
	void should_refuse_a_time_that_is_not_positive() {
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> new DraftArchive(Duration.ZERO, 10, clock));
	}

	private static Draft draft(String id) {
		return new Draft(id, DraftKind.MEMO, Language.KO, "본문입니다.", List.of(), List.of(), "extractive", "extractive",
				List.of(), null, 1);
	}

}

package io.draftwave.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.draftwave.corpus.StoreDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit store and its chain on one database, H2 ({@link H2AuditStoreTest}) or
 * PostgreSQL ({@link PostgresAuditStoreIT}): events written at once by many threads form
 * one whole chain; an event changed, removed or moved with SQL is named by the check;
 * retention removes old events and leaves a checkpoint the check starts from; filters and
 * pages select what the admin page shows.
 */
abstract class AuditStoreContract {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private DatabaseClient sql;

	private AuditStore store;

	private AuditTrail trail;

	private AuditVerification verification;

	/** A new, empty database. */
	abstract StoreDatabase database();

	@BeforeEach
	void openStore() {
		StoreDatabase database = database();
		database.migrate();
		sql = database.client();
		store = new AuditStore(sql.getConnectionFactory());
		trail = new AuditTrail(store,
				new AuditProperties(Duration.ofDays(365), Duration.ofDays(1), Duration.ofSeconds(10), false),
				Clock.systemUTC());
		trail.start();
		verification = new AuditVerification(store);
	}

	@AfterEach
	void stopWriter() {
		trail.stop();
	}

	@Test
	void should_chain_every_event_in_one_order_when_many_threads_write_at_once() throws Exception {
		// given
		ExecutorService threads = Executors.newFixedThreadPool(8);

		// when
		List<Future<?>> writes = new java.util.ArrayList<>();
		for (int i = 0; i < 120; i++) {
			int n = i;
			writes.add(threads.submit(() -> trail.record(event(n, NOW)).block()));
		}
		for (Future<?> write : writes) {
			write.get();
		}
		threads.shutdown();

		// then
		AuditVerification.Result result = verification.verify();
		assertThat(result.problems()).isEmpty();
		assertThat(result.checked()).isEqualTo(120);
		assertThat(result.headSeq()).isEqualTo(120);
		assertThat(store.all().map(ChainedEvent::seq).collectList().block())
			.isEqualTo(java.util.stream.LongStream.rangeClosed(1, 120).boxed().toList());
		assertThat(result.headHash()).isEqualTo(store.all().last().block().hash());
	}

	@Test
	void should_write_out_the_whole_queue_when_stopped() {
		// given 400 events queued, none waited for (as requests whose clients left)
		for (int i = 0; i < 400; i++) {
			trail.record(event(i, NOW));
		}

		// when the service stops (SIGTERM)
		trail.stop();

		// then
		assertThat(trail.queued()).isZero();
		AuditVerification.Result result = verification.verify();
		assertThat(result.checked()).isEqualTo(400);
		assertThat(result.problems()).isEmpty();
		trail.start();
	}

	@Test
	void should_name_the_event_when_its_content_is_changed_with_sql() {
		// given
		write(10);

		// when
		sql.sql("update audit_events set request = '{\"query\":\"다른 질문\"}' where seq = 7").then().block();

		// then
		assertThat(verification.verify().problems())
			.containsExactly(new AuditVerification.Problem(7, "changed: its content does not match its hash"));
	}

	@Test
	void should_name_the_event_when_it_is_removed_with_sql() {
		// given
		write(10);

		// when
		sql.sql("delete from audit_events where seq = 4").then().block();

		// then
		assertThat(verification.verify().problems())
			.containsExactly(new AuditVerification.Problem(4, "missing (removed)"));
	}

	@Test
	void should_name_the_events_when_two_are_swapped_with_sql() {
		// given
		write(10);

		// when
		sql.sql("update audit_events set seq = -1 where seq = 5").then().block();
		sql.sql("update audit_events set seq = 5 where seq = 6").then().block();
		sql.sql("update audit_events set seq = 6 where seq = -1").then().block();

		// then
		List<AuditVerification.Problem> problems = verification.verify().problems();
		assertThat(problems).extracting(AuditVerification.Problem::seq).containsExactly(5L, 6L, 7L);
		assertThat(problems.get(0).what()).isEqualTo("out of order: it follows event 6, not event 4");
		assertThat(problems.get(1).what()).isEqualTo("out of order: it follows event 4, not event 5");
	}

	@Test
	void should_keep_the_chain_verifiable_when_retention_removes_old_events() {
		// given five events older than a year, then five of today
		for (int i = 0; i < 5; i++) {
			trail.record(event(i, NOW.minus(Duration.ofDays(400)))).block();
		}
		write(5);
		String fifthHash = store.all().collectList().block().get(4).hash();

		// when
		var checkpoint = trail.removeOld().block().orElseThrow();
		write(3);

		// then
		assertThat(checkpoint.lastSeq()).isEqualTo(5);
		assertThat(checkpoint.removed()).isEqualTo(5);
		assertThat(checkpoint.lastHash()).isEqualTo(fifthHash);
		AuditVerification.Result result = verification.verify();
		assertThat(result.problems()).isEmpty();
		assertThat(result.checked()).isEqualTo(8);
		assertThat(result.checkpoint()).isPresent();
		assertThat(trail.removeOld().block()).as("nothing is old enough a second time").isEmpty();

		// and a removal after the checkpoint is still found
		sql.sql("delete from audit_events where seq = 6").then().block();
		assertThat(verification.verify().problems())
			.containsExactly(new AuditVerification.Problem(6, "missing (removed)"));
	}

	@Test
	void should_select_newest_first_by_filters_and_count_them() {
		// given
		write(12);

		// when
		AuditQuery drafts = new AuditQuery(null, null, "press-office", AuditKind.DRAFT, null, null);
		List<ChainedEvent> page = store.find(drafts, 1, 2).collectList().block();
		long total = store.count(drafts).block();
		long failed = store.count(new AuditQuery(null, null, null, null, "error", null)).block();
		long fromNow = store.count(new AuditQuery(NOW, NOW.plusSeconds(1), null, null, null, null)).block();

		// then: every third event is a draft of press-office, every fourth failed
		assertThat(total).isEqualTo(4);
		assertThat(page).extracting(ChainedEvent::seq).containsExactly(7L, 4L);
		assertThat(page.get(0).event().kind()).isEqualTo(AuditKind.DRAFT);
		assertThat(failed).isEqualTo(3);
		assertThat(fromNow).isEqualTo(12);
	}

	private void write(int count) {
		for (int i = 0; i < count; i++) {
			trail.record(event(i, NOW)).block();
		}
	}

	/**
	 * Event i: every third a press-office draft (i = 0, 3, 6, …), every fourth failed.
	 */
	static AuditEvent event(int i, Instant time) {
		boolean draft = i % 3 == 0;
		return new AuditEvent(time, draft ? "press-office" : "it-team", draft ? "official" : "admin", "10.0.3." + i,
				draft ? AuditKind.DRAFT : AuditKind.SEARCH, draft ? "POST /api/drafts" : "POST /api/search",
				"{\"instructions\":\"주차장 예약 " + i + " [전화번호]\"}", List.of("3f2a-" + i), List.of(), "test-model",
				"http://llm:8000/v1", draft, draft ? "9c".repeat(32) : null, draft ? "draft-" + i : null,
				List.of("removed marker [9]"), i % 4 == 3 ? 400 : 200, i % 4 == 3 ? "invalid-request" : "ok", 40 + i);
	}

}

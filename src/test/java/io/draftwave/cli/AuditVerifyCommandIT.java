package io.draftwave.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.draftwave.audit.AuditEvent;
import io.draftwave.audit.AuditKind;
import io.draftwave.audit.AuditProperties;
import io.draftwave.audit.AuditStore;
import io.draftwave.audit.AuditTrail;
import io.draftwave.corpus.StoreDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar draftwave.jar audit verify} on a data folder's database: exit code 0
 * and "Intact" on an untouched log; exit code 1 naming the event after an update, a
 * deletion and a swap done with SQL.
 */
class AuditVerifyCommandIT {

	@TempDir
	Path data;

	record Run(int exitCode, String out) {
	}

	@Test
	void should_pass_an_untouched_log_and_name_each_event_changed_removed_or_swapped_with_sql() {
		// given twelve events written by the service's writer
		StoreDatabase database = StoreDatabase.h2(data);
		database.migrate();
		DatabaseClient sql = database.client();
		AuditTrail trail = new AuditTrail(new AuditStore(sql.getConnectionFactory()),
				new AuditProperties(Duration.ofDays(365), Duration.ofDays(1), Duration.ofSeconds(10), false),
				Clock.systemUTC());
		trail.start();
		for (int i = 0; i < 12; i++) {
			trail.record(event(i)).block();
		}
		trail.stop();

		// when
		Run untouched = run("audit", "verify", "--data-dir", data.toString());

		// then
		assertThat(CommandLineLauncher.isCommand(new String[] { "audit", "verify" }))
			.as("the jar runs it as a task, not the web server")
			.isTrue();
		assertThat(untouched.exitCode()).as(untouched.out()).isZero();
		assertThat(untouched.out()).contains("Intact: 12 events checked, 0 problems; last event 12");

		// when an event is changed, one removed and two swapped
		sql.sql("update audit_events set key_name = 'someone-else' where seq = 3").then().block();
		sql.sql("delete from audit_events where seq = 5").then().block();
		sql.sql("update audit_events set seq = -1 where seq = 8").then().block();
		sql.sql("update audit_events set seq = 8 where seq = 9").then().block();
		sql.sql("update audit_events set seq = 9 where seq = -1").then().block();
		Run tampered = run("audit", "verify", "--data-dir", data.toString());

		// then
		assertThat(tampered.exitCode()).as(tampered.out()).isEqualTo(1);
		assertThat(tampered.out()).contains("event 3: changed: its content does not match its hash")
			.contains("event 5: missing (removed)")
			.contains("event 8: out of order: it follows event 9, not event 7")
			.contains("BROKEN");
	}

	private static AuditEvent event(int i) {
		return new AuditEvent(Instant.now(), "press-office", "official", "10.0.3.7", AuditKind.SEARCH,
				"POST /api/search", "{\"query\":\"주차장 " + i + "\"}", List.of("3f2a-" + i), List.of(), null, null, false,
				null, null, List.of(), 200, "ok", 12);
	}

	private static Run run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			int code = CommandLineLauncher.run(args);
			return new Run(code, buffer.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

}

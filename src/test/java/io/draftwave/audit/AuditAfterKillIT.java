package io.draftwave.audit;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.draftwave.corpus.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise that an answered request has its event: the service in a JVM of its own
 * gets a burst of 200 drafts (the extractive drafter, no model), sixteen at a time, and
 * is killed with SIGKILL in the middle of it; after a restart on the same data, every
 * draft whose client got the whole answer has exactly one event with its draft id, and
 * the chain is whole.
 */
class AuditAfterKillIT {

	private static final int DRAFTS = 200;

	private static final int AT_ONCE = 16;

	/** Answers received before the kill: enough to be in the middle of the burst. */
	private static final int KILL_AFTER = 70;

	private static final List<String> DOCUMENTS = List.of("2024 교육 결과 보고.md", "data-ai-curriculum-levels.md");

	@TempDir
	Path temp;

	@Test
	void should_have_an_event_for_every_answered_draft_when_the_service_is_killed_during_a_burst() throws Exception {
		// given
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		for (String name : DOCUMENTS) {
			Files.copy(Path.of("corpus", name), corpus.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		Path data = temp.resolve("data");
		Path log = Path.of("target", "audit-kill-service.log");
		Files.deleteIfExists(log);
		Set<String> answered = ConcurrentHashMap.newKeySet();
		CountDownLatch enough = new CountDownLatch(KILL_AFTER);
		ServiceProcess service = ServiceProcess.start(data, corpus, log);

		// when 200 drafts are asked, sixteen at a time, and the service is killed midway
		ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
		for (int i = 0; i < DRAFTS; i++) {
			String body = "{\"kind\":\"answer\",\"instructions\":\"2024년 데이터 인재 양성 교육 참여 인원은? (" + i + ")\"}";
			clients.submit(() -> {
				try {
					HttpResponse<String> response = service.post("/api/drafts", body);
					if (response.statusCode() == 200) {
						answered.add(ServiceProcess.json(response.body()).get("draftId").asString());
						enough.countDown();
					}
				}
				catch (Exception ex) {
					// the service was killed under this request: no answer, no promise
				}
				return null;
			});
		}
		assertThat(enough.await(3, TimeUnit.MINUTES)).as("answers before the kill").isTrue();
		service.kill();
		clients.shutdown();
		assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		Set<String> answeredBeforeKill = Set.copyOf(answered);

		// then after a restart every answered draft has exactly one event
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			Set<String> recorded = new HashSet<>();
			List<String> all = new ArrayList<>();
			JsonNode page = restarted.get("/api/audit?kind=draft&size=500");
			for (JsonNode event : page.get("events")) {
				if (event.hasNonNull("draftId")) {
					recorded.add(event.get("draftId").asString());
					all.add(event.get("draftId").asString());
				}
			}
			assertThat(answeredBeforeKill).hasSizeBetween(KILL_AFTER, DRAFTS - 1);
			assertThat(recorded).containsAll(answeredBeforeKill);
			assertThat(all).as("one event per draft").doesNotHaveDuplicates();
			assertThat(page.get("total").asLong()).isLessThanOrEqualTo(DRAFTS);
		}
		assertThat(Files.readString(log)).doesNotContain("audit events not written");
	}

}

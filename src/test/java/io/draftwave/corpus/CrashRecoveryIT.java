package io.draftwave.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the service with SIGKILL while it indexes a large folder and answers uploads,
 * then starts it again on the same data: every upload acknowledged with 201 must be there
 * and searchable, and the folder must end up fully indexed.
 */
class CrashRecoveryIT {

	private static final int FOLDER_FILES = 600;

	@TempDir
	Path temp;

	@Test
	void should_lose_nothing_acknowledged_when_killed_during_a_large_ingestion() throws Exception {
		// given a large folder being indexed by the running service
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		ServiceProcess.writeFolder(corpus, FOLDER_FILES);
		Path data = temp.resolve("data");
		// kept under target/ so a failure can be read after the run
		Path log = Path.of("target", "crash-recovery-service.log");
		Files.deleteIfExists(log);
		Map<String, String> acknowledged = new LinkedHashMap<>();
		ServiceProcess service = ServiceProcess.start(data, corpus, log);

		// when uploads are acknowledged and the process is killed in the middle of the
		// work
		for (int i = 0; acknowledged.size() < 25; i++) {
			String word = ServiceProcess.word("u", i);
			var response = service.upload("업로드 " + i + ".md", "# 업로드 " + i + "\n\n민원 답변 초안 " + word + " 사례이다.\n");
			if (response.statusCode() == 201) {
				acknowledged.put(ServiceProcess.id(response.body()), word);
			}
		}
		long indexedBeforeKill = service.get("/api/documents").size();
		service.kill();

		// then after a restart every acknowledged upload is stored and searchable
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			for (var entry : acknowledged.entrySet()) {
				assertThat(restarted.status("/api/documents/" + entry.getKey())).as("document %s", entry.getKey())
					.isEqualTo(200);
				JsonNode hits = restarted.search(entry.getValue()).get("hits");
				assertThat(hits.size()).as("hits for %s", entry.getValue()).isGreaterThan(0);
				assertThat(hits.get(0).get("documentId").asString()).isEqualTo(entry.getKey());
			}
			// and the interrupted folder ingestion completes
			long expected = FOLDER_FILES + acknowledged.size();
			// a bound on a busy machine, not a speed: the rest of the folder usually
			// takes seconds
			long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
			long count = 0;
			while (System.nanoTime() < deadline && count < expected) {
				Thread.sleep(500);
				count = restarted.get("/api/documents").size();
			}
			assertThat(indexedBeforeKill).as("the kill came during the folder ingestion").isLessThan(expected);
			assertThat(count).isEqualTo(expected);
			JsonNode last = restarted.search(ServiceProcess.word("f", FOLDER_FILES - 1)).get("hits");
			assertThat(last.size()).isGreaterThan(0);
			assertThat(restarted.get("/actuator/health")
				.get("components")
				.get("index")
				.get("details")
				.get("documents")
				.asInt()).isEqualTo((int) expected);
		}
	}

}

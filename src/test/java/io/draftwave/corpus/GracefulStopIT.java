package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Stops the service with SIGTERM while it indexes a large folder soon after start-up: the
 * stop finishes the file in hand, commits and closes, so the next start finds records and
 * index consistent (no repair), every document indexed before the stop and every upload
 * answered 201 is there, and the folder ingestion then completes.
 */
class GracefulStopIT {

	private static final int FOLDER_FILES = 800;

	@TempDir
	Path temp;

	@Test
	void should_need_no_repair_after_sigterm_during_a_folder_ingestion() throws Exception {
		// given a large folder being indexed by a service that has just started
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		ServiceProcess.writeFolder(corpus, FOLDER_FILES);
		Path data = temp.resolve("data");
		Path firstLog = Path.of("target", "graceful-stop-service.log");
		Path secondLog = Path.of("target", "graceful-stop-restarted.log");
		Files.deleteIfExists(firstLog);
		Files.deleteIfExists(secondLog);
		ServiceProcess service = ServiceProcess.start(data, corpus, firstLog);
		Map<String, String> acknowledged = new LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			String word = ServiceProcess.word("u", i);
			var response = service.upload("업로드 " + i + ".md", "# 업로드 " + i + "\n\n민원 답변 " + word + " 사례이다.\n");
			assertThat(response.statusCode()).isEqualTo(201);
			acknowledged.put(ServiceProcess.id(response.body()), word);
		}
		Set<String> indexed = indexedIds(service);
		for (int polls = 0; indexed.size() < 60 && polls < 600; polls++) {
			Thread.sleep(50);
			indexed = indexedIds(service);
		}

		// when it is stopped with SIGTERM in the middle of the folder
		service.terminate(Duration.ofSeconds(90));

		// then the stop was orderly and came during the ingestion
		String first = Files.readString(firstLog);
		assertThat(first).contains("Stopped indexing").doesNotContain("Exception");
		// and the next start repairs nothing and finds everything indexed before the stop
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, secondLog)) {
			String second = Files.readString(secondLog);
			assertThat(second).contains("consistent").doesNotContain("Repaired the index");
			for (String id : indexed) {
				assertThat(restarted.get("/api/documents/" + id).get("status").asString()).as("document %s", id)
					.isEqualTo("indexed");
			}
			for (var entry : acknowledged.entrySet()) {
				JsonNode hits = restarted.search(entry.getValue()).get("hits");
				assertThat(hits.size()).as("hits for %s", entry.getValue()).isGreaterThan(0);
				assertThat(hits.get(0).get("documentId").asString()).isEqualTo(entry.getKey());
			}
			// and the folder ingestion completes
			long expected = FOLDER_FILES + acknowledged.size();
			long count = 0;
			for (int polls = 0; polls < 240 && count < expected; polls++) {
				Thread.sleep(500);
				count = restarted.get("/api/documents").size();
			}
			assertThat(indexed.size()).as("the stop came during the folder ingestion").isLessThan((int) expected);
			assertThat(count).isEqualTo(expected);
		}
	}

	private static Set<String> indexedIds(ServiceProcess service) throws Exception {
		Set<String> ids = new LinkedHashSet<>();
		for (JsonNode document : service.get("/api/documents")) {
			if ("indexed".equals(document.get("status").asString())) {
				ids.add(document.get("id").asString());
			}
		}
		return ids;
	}

}

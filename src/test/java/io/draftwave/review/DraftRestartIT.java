package io.draftwave.review;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.draftwave.corpus.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft written, submitted and approved is there after the service restarts on the same
 * database (H2 in the data folder, or the test PostgreSQL's schema of that folder): read,
 * listed as the caller's own, its history kept, and exported.
 */
class DraftRestartIT {

	@TempDir
	Path temp;

	@Test
	void should_read_and_export_a_kept_draft_when_the_service_has_restarted() throws Exception {
		// given
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path data = temp.resolve("data");
		Path log = Path.of("target", "draft-restart-service.log");
		Files.deleteIfExists(log);
		String draftId;
		JsonNode before;
		try (ServiceProcess service = ServiceProcess.start(data, corpus, log,
				java.util.List.of("--draftwave.review.allow-self-approval=true"))) {
			HttpResponse<String> upload = service.upload("교육 결과.md",
					"# 교육 결과\n\n2024년 데이터 인재 양성 교육에는 847명이 참여했고 786명이 수료했다.\n");
			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
			HttpResponse<String> drafted = service.post("/api/drafts",
					"{\"kind\":\"answer\",\"instructions\":\"2024년 데이터 인재 양성 교육 참여 인원은?\"}");
			assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
			draftId = ServiceProcess.json(drafted.body()).get("draftId").asString();
			assertThat(service.post("/api/drafts/" + draftId + "/submit", "{}").statusCode()).isEqualTo(200);
			assertThat(service.post("/api/drafts/" + draftId + "/approve", "{\"comment\":\"확인\"}").statusCode())
				.isEqualTo(200);
			before = service.get("/api/drafts/" + draftId);
		}

		// when
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			// then
			JsonNode after = restarted.get("/api/drafts/" + draftId);
			assertThat(after.get("draft").get("text").asString()).contains("847명")
				.isEqualTo(before.get("draft").get("text").asString());
			assertThat(after.get("state").asString()).isEqualTo("approved");
			assertThat(after.get("owner").asString()).isEqualTo("loopback");
			assertThat(after.get("sources")).isEqualTo(before.get("sources"));
			assertThat(restarted.get("/api/drafts?mine").get("drafts").get(0).get("draftId").asString())
				.isEqualTo(draftId);
			assertThat(restarted.get("/api/drafts/" + draftId + "/history").size()).isEqualTo(3);
			assertThat(restarted.status("/api/drafts/" + draftId + "/export?format=docx")).isEqualTo(200);
			assertThat(restarted.status("/api/drafts/" + draftId + "/export?format=hwpx")).isEqualTo(200);
		}
	}

}

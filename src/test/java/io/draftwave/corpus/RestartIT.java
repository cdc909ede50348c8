package io.draftwave.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A clean stop and start keeps every document, and every removal. */
class RestartIT {

	@TempDir
	Path temp;

	@Test
	void should_keep_documents_and_removals_across_a_restart() throws Exception {
		// given
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path data = temp.resolve("data");
		Path log = Path.of("target", "restart-service.log");
		Files.deleteIfExists(log);
		String kept;
		String removed;
		try (ServiceProcess service = ServiceProcess.start(data, corpus, log)) {
			kept = ServiceProcess.id(service.upload("유지.md", "# 유지\n\n재시작 뒤에도 남는 zkeepx 문서이다.\n").body());
			removed = ServiceProcess.id(service.upload("삭제.md", "# 삭제\n\n재시작 전에 지운 zgonex 문서이다.\n").body());
			assertThat(service.delete("/api/documents/" + removed)).isEqualTo(204);
		}

		// when
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			// then
			assertThat(restarted.status("/api/documents/" + kept)).isEqualTo(200);
			assertThat(restarted.search("zkeepx").get("hits").get(0).get("documentId").asString()).isEqualTo(kept);
			assertThat(restarted.status("/api/documents/" + removed)).isEqualTo(404);
			assertThat(restarted.search("zgonex").get("hits").size()).isZero();
			assertThat(restarted.get("/api/documents").size()).isEqualTo(1);
		}
	}

}

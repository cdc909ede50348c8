package io.draftwave.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.draftwave.search.IndexSettings;
import io.draftwave.search.KoreanAnalysis;
import io.draftwave.search.LuceneIndex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clean stop and start keeps every document, and every removal; an index built with
 * another analysis is rebuilt from the originals at start.
 */
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

	@Test
	void should_rebuild_index_from_originals_when_it_was_built_with_another_analysis() throws Exception {
		// given: a stored document whose passages were last indexed with an older
		// version's analysis
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path data = temp.resolve("data");
		Path log = Path.of("target", "restart-analysis-service.log");
		Files.deleteIfExists(log);
		String text = "2025년 결과 보고서는 zreportx 문서이다.";
		String id;
		try (ServiceProcess service = ServiceProcess.start(data, corpus, log)) {
			id = ServiceProcess.id(service.upload("보고.md", "# 보고\n\n" + text + "\n").body());
		}
		IndexSettings older = IndexSettings.defaults().withKorean(KoreanAnalysis.UNTUNED);
		try (LuceneIndex index = new LuceneIndex(data.resolve("index"), older)) {
			index.deleteAll();
			index.index(
					new IndexedDocument(id, "보고", List.of(new Passage(0, text, 0, text.length(), null, null, null))));
			index.commit();
		}

		// when
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			// then
			assertThat(Files.readString(log))
				.contains("built with another analysis (" + older.analysisSignature() + ")")
				.contains("Rebuilt the index from 1 originals");
			assertThat(restarted.search("zreportx").get("hits").get(0).get("documentId").asString()).isEqualTo(id);
		}
		try (LuceneIndex index = new LuceneIndex(data.resolve("index"), IndexSettings.defaults())) {
			assertThat(index.staleAnalysis()).isEmpty();
		}
	}

}

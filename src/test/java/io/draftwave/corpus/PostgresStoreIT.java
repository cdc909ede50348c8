package io.draftwave.corpus;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores on a real PostgreSQL ({@link TestPostgres}): the migrations from an empty
 * schema, every document statement ({@link DocumentStoreContract}), and the service kept
 * on PostgreSQL across a restart: an upload, a removal and a lab run. Skipped without a
 * configured server.
 */
@EnabledIfSystemProperty(named = TestPostgres.URL_PROPERTY, matches = ".+",
		disabledReason = TestPostgres.NOT_CONFIGURED)
class PostgresStoreIT extends DocumentStoreContract {

	private static final String EXERCISE = "l2-press-release-training-2024";

	private static final List<String> EXERCISE_DOCUMENTS = List.of("2024 교육 결과 보고.md", "data-ai-curriculum-levels.md");

	@TempDir
	Path temp;

	@Override
	StoreDatabase database() {
		TestPostgres postgres = TestPostgres.configured().orElseThrow();
		return StoreDatabase.postgres(postgres, postgres.createSchema());
	}

	@Test
	void should_create_every_table_when_migrating_an_empty_schema() throws Exception {
		// given
		TestPostgres postgres = TestPostgres.configured().orElseThrow();
		String schema = postgres.createSchema();
		StoreDatabase database = StoreDatabase.postgres(postgres, schema);

		// when
		int first = database.migrate().migrationsExecuted;
		int second = database.migrate().migrationsExecuted;

		// then
		assertThat(first).isEqualTo(StoreDatabase.migrationCount());
		assertThat(second).isZero();
		try (Connection c = postgres.connect();
				var tables = c.prepareStatement(
						"select table_name from information_schema.tables where table_schema = ? order by table_name")) {
			tables.setString(1, schema);
			assertThat(strings(tables.executeQuery())).contains("audit_checkpoints", "audit_events", "documents",
					"draft_documents", "draft_feedback", "draft_reviews", "draft_versions", "drafts",
					"flyway_schema_history", "lab_cells", "lab_runs");
		}
	}

	@Test
	void should_keep_documents_removals_and_lab_runs_in_postgres_across_a_restart() throws Exception {
		// given
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		for (String name : EXERCISE_DOCUMENTS) {
			Files.copy(Path.of("corpus", name), corpus.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		Path data = temp.resolve("data");
		Path log = Path.of("target", "postgres-store-service.log");
		Files.deleteIfExists(log);
		String kept;
		String removed;
		String runId;
		JsonNode run;
		try (ServiceProcess service = ServiceProcess.start(data, corpus, log)) {
			kept = ServiceProcess.id(service.upload("유지.md", "# 유지\n\n재시작 뒤에도 남는 zpgkeepx 문서이다.\n").body());
			removed = ServiceProcess.id(service.upload("삭제.md", "# 삭제\n\n재시작 전에 지운 zpggonex 문서이다.\n").body());
			assertThat(service.delete("/api/documents/" + removed)).isEqualTo(204);
			runId = startLabRun(service);
			run = awaitDone(service, runId);
		}
		assertThat(Files.readString(log)).contains("PostgreSQL");

		// when
		try (ServiceProcess restarted = ServiceProcess.start(data, corpus, log)) {
			// then
			assertThat(restarted.status("/api/documents/" + kept)).isEqualTo(200);
			assertThat(restarted.search("zpgkeepx").get("hits").get(0).get("documentId").asString()).isEqualTo(kept);
			assertThat(restarted.status("/api/documents/" + removed)).isEqualTo(404);
			assertThat(restarted.get("/api/documents").size()).isEqualTo(1 + EXERCISE_DOCUMENTS.size());
			JsonNode after = restarted.get("/api/lab/runs/" + runId);
			assertThat(after.get("status").asString()).isEqualTo("done");
			assertThat(after.get("cells")).isEqualTo(run.get("cells"));
		}
		TestPostgres postgres = TestPostgres.configured().orElseThrow();
		try (Connection c = postgres.connect(); var rows = c.createStatement()) {
			String schema = postgres.schemaOf(data);
			assertThat(strings(rows.executeQuery(
					"select id from " + schema + ".documents where id in ('" + kept + "', '" + removed + "')")))
				.containsExactly(kept);
			assertThat(
					strings(rows.executeQuery("select status from " + schema + ".lab_runs where id = '" + runId + "'")))
				.containsExactly("done");
		}
	}

	private static String startLabRun(ServiceProcess service) throws Exception {
		String body = "{\"exerciseId\":\"" + EXERCISE + "\",\"participant\":\"포스트그레스\",\"variants\":[{\"name\":\"A\","
				+ "\"prompt\":\"{{input}} 보도자료\"}],\"models\":[{\"model\":\"extractive\"}]}";
		long deadline = System.nanoTime() + 60_000_000_000L;
		HttpResponse<String> response = service.post("/api/lab/runs", body);
		// the exercise's documents are refused until the corpus folder is indexed
		while (response.statusCode() == 400 && System.nanoTime() < deadline) {
			Thread.sleep(500);
			response = service.post("/api/lab/runs", body);
		}
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return ServiceProcess.json(response.body()).get("runId").asString();
	}

	private static JsonNode awaitDone(ServiceProcess service, String runId) throws Exception {
		long deadline = System.nanoTime() + 90_000_000_000L;
		while (System.nanoTime() < deadline) {
			JsonNode run = service.get("/api/lab/runs/" + runId);
			if (run.get("status").asString().equals("done")) {
				return run;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("lab run " + runId + " was not done in time");
	}

	private static List<String> strings(ResultSet rows) throws Exception {
		List<String> values = new ArrayList<>();
		try (rows) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}

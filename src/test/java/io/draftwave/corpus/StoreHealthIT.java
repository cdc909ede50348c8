package io.draftwave.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The database fails under the running service: it is closed at once, as H2 closes it
 * after a file error, and its file cannot be opened again for a while. The health
 * endpoint must say DOWN with the reason while the file is missing, and once the file is
 * back the service must open the database again by itself: health UP, the earlier
 * document there, new uploads accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class StoreHealthIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.data-dir", () -> dataDir.toString());
		registry.add("draftwave.corpus.sync-on-start", () -> "false");
	}

	@Autowired
	WebTestClient web;

	@Autowired
	DatabaseClient db;

	@Test
	void should_report_a_failed_store_and_open_it_again_once_it_can() throws Exception {
		// given a stored document
		String before = upload("before.md", "# Before\n\nThe helpdesk answers within two working days.\n");
		Path file = dataDir.resolve("db").resolve("draftwave.mv.db");
		Path aside = dataDir.resolve("draftwave.mv.db.aside");

		// when the database closes at once and its file is gone
		db.sql("SHUTDOWN IMMEDIATELY").then().onErrorComplete().block();
		Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
		// a folder in its place: H2 can neither open nor create the database
		Files.createDirectories(file);

		// then health is DOWN with the reason
		JsonNode down = health(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(down.at("/components/corpus/status").asString()).isEqualTo("DOWN");
		assertThat(down.at("/components/corpus/details/error").asString())
			.startsWith("the document records cannot be read: ")
			.hasSizeGreaterThan("the document records cannot be read: ".length() + 5);

		// when the file is back
		Files.delete(file);
		Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);

		// then the service opens the database again without a restart
		JsonNode up = health(HttpStatus.OK);
		assertThat(up.at("/components/corpus/status").asString()).isEqualTo("UP");
		web.get().uri("/api/documents/" + before).exchange().expectStatus().isOk();
		String after = upload("after.md", "# After\n\nThe licence renewal is due in March.\n");
		assertThat(after).isNotEqualTo(before);
	}

	private JsonNode health(HttpStatus expected) {
		byte[] body = web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(expected)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(new String(body, StandardCharsets.UTF_8));
	}

	private String upload(String fileName, String markdown) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(markdown.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.parseMediaType("text/markdown"));
		byte[] body = web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(new String(body, StandardCharsets.UTF_8)).get("id").asString();
	}

}

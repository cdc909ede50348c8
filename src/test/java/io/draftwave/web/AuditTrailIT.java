package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.draftwave.llm.OpenAiStream;
import io.draftwave.security.ApiKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audited endpoint, one row each, through the whole service with API keys and a
 * language model (WireMock): the request writes exactly one event, and the event holds
 * the caller, the kind, the masked request, the sources, the model and the SHA-256 of the
 * exact bytes the model received, the draft's id, the status and the outcome. The event
 * is read back through the admin API right after the answer, without waiting: the answer
 * is only complete once its event is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.llm.base-url=${wiremock.server.baseUrl}/v1", "draftwave.llm.model=test-model",
				"draftwave.llm.first-token-timeout=5s", "draftwave.llm.idle-timeout=5s", "draftwave.llm.timeout=20s",
				"draftwave.llm.plan-proposals=false" })
@EnableWireMock(@ConfigureWireMock(name = "llm"))
class AuditTrailIT extends ServiceWithDefaultCorpus {

	static final String OFFICIAL_KEY = "dw-official-a11d";

	static final String ADMIN_KEY = "dw-admin-a22d";

	static final String FLOOD_KEY = "dw-flood-a33d";

	static final int PER_MINUTE = 40;

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	@InjectWireMock("llm")
	WireMockServer llm;

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.requests-per-minute", () -> PER_MINUTE);
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash(OFFICIAL_KEY));
		registry.add("draftwave.security.api-keys[1]", () -> "it-team:admin:" + ApiKeys.hash(ADMIN_KEY));
		registry.add("draftwave.security.api-keys[2]", () -> "flood-test:official:" + ApiKeys.hash(FLOOD_KEY));
	}

	@BeforeEach
	void stubModel() {
		llm.resetAll();
		llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", List.of("2024년 교육 참여 인원은 ", "847명이었다 [1]."), 120, 30))));
	}

	/** What a row expects of its one event, beyond what every event must hold. */
	record Expected(String kind, String endpoint, int status, String outcome, String key, @Nullable String role,
			@Nullable String draftId, Consumer<Map<String, Object>> more) {
	}

	/** One endpoint's request; returns what its event must say. */
	interface Row {

		Expected send(AuditTrailIT test);

	}

	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("search", (Row) AuditTrailIT::search),
				Arguments.of("draft", (Row) AuditTrailIT::draft),
				Arguments.of("draft-stream", (Row) AuditTrailIT::draftStream),
				Arguments.of("chat-completion", (Row) AuditTrailIT::chatCompletion),
				Arguments.of("analysis", (Row) AuditTrailIT::analysis),
				Arguments.of("table-read", (Row) AuditTrailIT::tableRead),
				Arguments.of("export", (Row) AuditTrailIT::export), Arguments.of("upload", (Row) AuditTrailIT::upload),
				Arguments.of("deletion", (Row) AuditTrailIT::deletion),
				Arguments.of("lab-run", (Row) AuditTrailIT::labRun),
				Arguments.of("refused: no key", (Row) AuditTrailIT::noKey),
				Arguments.of("refused: official reads the audit", (Row) AuditTrailIT::officialReadsAudit),
				Arguments.of("rate-limited", (Row) AuditTrailIT::rateLimited),
				Arguments.of("draft: invalid request", (Row) AuditTrailIT::invalidDraft));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void should_write_exactly_one_event_with_its_fields_when_an_audited_endpoint_answers(String name, Row row) {
		// given
		mark();

		// when
		Expected expected = row.send(this);
		long before = marked;

		// then
		Map<String, Object> page = AuditApi.page(web, ADMIN_KEY, "size=3");
		assertThat(((Number) page.get("total")).longValue()).as("events after %s: %s", name, AuditApi.events(page))
			.isEqualTo(before + 1);
		Map<String, Object> event = AuditApi.events(page).get(0);
		assertThat(event).containsEntry("kind", expected.kind())
			.containsEntry("endpoint", expected.endpoint())
			.containsEntry("status", expected.status())
			.containsEntry("outcome", expected.outcome())
			.containsEntry("key", expected.key())
			.containsEntry("client", "127.0.0.1");
		assertThat(event.get("draftId")).isEqualTo(expected.draftId());
		assertThat(event.get("role")).isEqualTo(expected.role());
		assertThat(((Number) event.get("durationMs")).longValue()).isGreaterThanOrEqualTo(0);
		assertThat((String) event.get("hash")).hasSize(64);
		expected.more().accept(event);
	}

	@Test
	void should_export_the_selection_as_csv_with_bom_for_an_admin_and_refuse_an_official() {
		// given
		web.post()
			.uri("/api/search")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("query", "교육 참여 인원 csv"))
			.exchange()
			.expectStatus()
			.isOk();

		// when
		byte[] csv = web.get()
			.uri("/api/audit.csv?kind=search&key=press-office")
			.header("X-API-Key", ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		var refused = web.get().uri("/api/audit.csv").header("X-API-Key", OFFICIAL_KEY).exchange();

		// then
		String text = new String(csv, StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(text).startsWith("\uFEFFseq,time,key,role,client,kind,endpoint,request,");
		assertThat(lines.subList(1, lines.size())).isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains(",press-office,official,127.0.0.1,search,POST /api/search,"));
		assertThat(lines.get(1)).contains("교육 참여 인원 csv");
		refused.expectStatus().isForbidden();
	}

	/**
	 * The number of events before the row's audited request; rows with steps before it
	 * mark again.
	 */
	private long marked;

	private void mark() {
		marked = total();
	}

	private long total() {
		return ((Number) AuditApi.page(web, ADMIN_KEY, "size=1").get("total")).longValue();
	}

	private Expected search() {
		Map<String, Object> result = json(web.post()
			.uri("/api/search")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("query", "데이터 인재 양성 교육 문의 010-1234-5678"))
			.exchange(), 200);
		List<Object> hits = AuditApi.list(result, "hits")
			.stream()
			.<Object>map(h -> ((Map<?, ?>) h).get("sourceId"))
			.toList();
		return new Expected("search", "POST /api/search", 200, "ok", "press-office", "official", null, event -> {
			assertThat((String) event.get("request")).contains("데이터 인재 양성", "[전화번호]").doesNotContain("010-1234");
			assertThat(AuditApi.list(event, "sourceIds")).isNotEmpty().isEqualTo(hits);
			assertThat(event).containsEntry("textLeft", false);
		});
	}

	private Expected draft() {
		Map<String, Object> draft = json(web.post()
			.uri("/api/drafts")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("kind", "answer", "instructions", QUESTION + " 담당자 hong@example.com"))
			.exchange(), 200);
		return new Expected("draft", "POST /api/drafts", 200, "ok", "press-office", "official",
				(String) draft.get("draftId"), event -> {
					assertSentToModel(event);
					assertThat((String) event.get("request")).contains("[이메일]").doesNotContain("hong@example.com");
					List<Map<?, ?>> citations = AuditApi.list(draft, "citations")
						.stream()
						.<Map<?, ?>>map(c -> (Map<?, ?>) c)
						.toList();
					assertThat(citations).isNotEmpty();
					assertThat(AuditApi.list(event, "sourceIds")).isEqualTo(citations.stream()
						.filter(c -> c.get("analysisId") == null)
						.map(c -> c.get("sourceId"))
						.toList());
					assertThat(AuditApi.list(event, "figureIds"))
						.isEqualTo(citations.stream().map(c -> c.get("analysisId")).filter(a -> a != null).toList());
				});
	}

	private Expected draftStream() {
		List<Map<String, Object>> done = DraftStreams
			.open(web.mutate().defaultHeader("X-API-Key", OFFICIAL_KEY).build(),
					Map.of("kind", "answer", "instructions", QUESTION))
			.filter(e -> "done".equals(e.event()))
			.map(e -> e.data())
			.collectList()
			.block();
		assertThat(done).hasSize(1);
		return new Expected("draft-stream", "POST /api/drafts/stream", 200, "ok", "press-office", "official",
				(String) done.get(0).get("draftId"), this::assertSentToModel);
	}

	private Expected chatCompletion() {
		Map<String, Object> completion = json(web.post()
			.uri("/v1/chat/completions")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("model", "draftwave-answer", "messages",
					List.of(Map.of("role", "user", "content", QUESTION))))
			.exchange(), 200);
		String draftId = ((String) completion.get("id")).substring("chatcmpl-".length());
		return new Expected("chat-completion", "POST /v1/chat/completions", 200, "ok", "press-office", "official",
				draftId, this::assertSentToModel);
	}

	private Expected analysis() {
		Map<String, Object> analysis = json(web.post()
			.uri("/api/analyses")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("question", "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?"))
			.exchange(), 200);
		return new Expected("analysis", "POST /api/analyses", 200, "ok", "press-office", "official", null,
				event -> assertThat(AuditApi.list(event, "figureIds")).containsExactly(analysis.get("analysisId")));
	}

	private Expected tableRead() {
		List<Object> tables = AuditApi
			.list(json(web.get().uri("/api/tables").header("X-API-Key", OFFICIAL_KEY).exchange(), 200), "tables");
		String tableId = (String) ((Map<?, ?>) tables.get(0)).get("tableId");
		mark();
		web.get()
			.uri("/api/tables/{id}/rows?limit=2", tableId)
			.header("X-API-Key", OFFICIAL_KEY)
			.exchange()
			.expectStatus()
			.isOk();
		return new Expected("table-read", "GET /api/tables/" + tableId + "/rows", 200, "ok", "press-office", "official",
				null, event -> assertThat(event.get("request")).isEqualTo("?limit=2"));
	}

	private Expected export() {
		// drafts are read by their owner: the official exports a draft of their own
		Map<String, Object> draft = json(web.post()
			.uri("/api/drafts")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("kind", "memo", "instructions", QUESTION))
			.exchange(), 200);
		String draftId = (String) draft.get("draftId");
		mark();
		web.get()
			.uri("/api/drafts/{id}/export?format=docx", draftId)
			.header("X-API-Key", OFFICIAL_KEY)
			.exchange()
			.expectStatus()
			.isOk();
		return new Expected("export", "GET /api/drafts/" + draftId + "/export", 200, "ok", "press-office", "official",
				draftId, event -> assertThat(event.get("request")).isEqualTo("?format=docx"));
	}

	private Expected upload() {
		String id = uploadDocument("# 감사 시험 문서\n\n감사 기록 시험용 " + UUID.randomUUID() + " 문서이다.\n");
		return new Expected("upload", "POST /api/documents", 201, "ok", "press-office", "official", null,
				event -> assertThat(event.get("request")).as("an upload's body is not copied").isEqualTo(""));
	}

	private Expected deletion() {
		String id = uploadDocument("# 지울 문서\n\n삭제 시험용 " + UUID.randomUUID() + " 문서이다.\n");
		mark();
		web.delete()
			.uri("/api/documents/{id}", id)
			.header("X-API-Key", ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isNoContent();
		return new Expected("deletion", "DELETE /api/documents/" + id, 204, "ok", "it-team", "admin", null, event -> {
		});
	}

	private Expected labRun() {
		json(web.post()
			.uri("/api/lab/runs")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("exerciseId", "l2-press-release-training-2024", "variants",
					List.of(Map.of("name", "A", "prompt", "{{input}} 보도자료"))))
			.exchange(), 202);
		return new Expected("lab-run", "POST /api/lab/runs", 202, "ok", "press-office", "official", null,
				event -> assertThat((String) event.get("request")).contains("l2-press-release-training-2024"));
	}

	private Expected noKey() {
		web.post().uri("/api/search").bodyValue(Map.of("query", "주차장")).exchange().expectStatus().isUnauthorized();
		return new Expected("refused", "POST /api/search", 401, "unauthorized", "none", null, null, event -> {
		});
	}

	private Expected officialReadsAudit() {
		web.get()
			.uri("/api/audit")
			.header("X-API-Key", OFFICIAL_KEY)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new Expected("refused", "GET /api/audit", 403, "forbidden", "press-office", "official", null, event -> {
		});
	}

	private Expected rateLimited() {
		// the flood key spends its minute on reads that are not audited, until one is
		// refused
		int status = 200;
		for (int i = 0; i < 3 * PER_MINUTE && status != 429; i++) {
			status = web.get()
				.uri("/api/documents")
				.header("X-API-Key", FLOOD_KEY)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
		}
		assertThat(status).isEqualTo(429);
		return new Expected("rate-limited", "GET /api/documents", 429, "too-many-requests", "flood-test", "official",
				null, event -> {
				});
	}

	private Expected invalidDraft() {
		web.post()
			.uri("/api/drafts")
			.header("X-API-Key", OFFICIAL_KEY)
			.bodyValue(Map.of("kind", "answer", "instructions", " "))
			.exchange()
			.expectStatus()
			.isBadRequest();
		return new Expected("draft", "POST /api/drafts", 400, "invalid-request", "press-office", "official", null,
				event -> assertThat(event).containsEntry("textLeft", false));
	}

	/**
	 * The event says the model got text, and its hash is that of the bytes WireMock
	 * received.
	 */
	private void assertSentToModel(Map<String, Object> event) {
		var requests = llm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(requests).hasSize(1);
		assertThat(event).containsEntry("textLeft", true)
			.containsEntry("model", "test-model")
			.containsEntry("modelEndpoint", llm.baseUrl() + "/v1")
			.containsEntry("sentSha256", sha256(requests.get(0).getBody()));
	}

	private String uploadDocument(String markdown) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(markdown.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "감사 " + Math.abs(markdown.hashCode()) + ".md";
			}
		}).contentType(MediaType.parseMediaType("text/markdown"));
		Map<String, Object> document = json(web.post()
			.uri("/api/documents")
			.header("X-API-Key", OFFICIAL_KEY)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange(), 201);
		return (String) document.get("id");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

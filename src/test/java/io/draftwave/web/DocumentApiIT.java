package io.draftwave.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.draftwave.corpus.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class DocumentApiIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("draftwave.corpus.max-upload-size", () -> "2MB");
	}

	@Autowired
	WebTestClient web;

	@Value("${draftwave.data-dir}")
	Path dataDir;

	static Stream<Arguments> everyFormat() {
		return Stream.of(
				Arguments.of("교육 결과 2024.hwp",
						SampleDocuments.hwp("교육 결과", List.of("한글 파일로 작성된 연수 결과 보고에 따르면 수료율은 구십삼 퍼센트였다."))),
				Arguments.of("../../etc/정책 보고서.hwpx",
						SampleDocuments.hwpx("정책 보고서", List.of("빅데이터 웨이브 플랫폼의 개방 데이터셋이 크게 늘었다."))),
				Arguments.of("competition guide.pdf",
						SampleDocuments.pdf(List.of(List.of("The jury scores originality first."),
								List.of("경진대회 심사는 창의성을 먼저 본다.")))),
				Arguments.of("memo.docx",
						SampleDocuments.docx("Memo",
								List.of("# Budget", "The visualisation licence renewal is due in March."))),
				Arguments.of("figures.xlsx",
						SampleDocuments.xlsx("교육", List.of("연도", "참여 인원"), List.of(List.of(2031, 977)))),
				Arguments.of("complaints.csv", "분기,민원 건수\n1분기,4321\n".getBytes(StandardCharsets.UTF_8)),
				Arguments.of("notice.html",
						"<html><head><title>공지</title></head><body><p>주차장 예약 시스템이 새로 열렸다.</p></body></html>"
							.getBytes(StandardCharsets.UTF_8)),
				Arguments.of("guide.md",
						"# Guide\n\nOfficials verify every generated sentence against its source.\n"
							.getBytes(StandardCharsets.UTF_8)),
				Arguments.of("readme.txt", "Plain note\n\nThe helpdesk answers within two working days.\n"
					.getBytes(StandardCharsets.UTF_8)));
	}

	static Stream<Arguments> everyFormatWithPhrase() {
		List<String> phrases = List.of("수료율", "개방 데이터셋", "창의성을", "licence renewal", "참여 인원: 977", "민원 건수: 4321",
				"주차장 예약", "generated sentence", "helpdesk answers");
		List<Arguments> formats = everyFormat().toList();
		return java.util.stream.IntStream.range(0, formats.size())
			.mapToObj(i -> Arguments.of(formats.get(i).get()[0], formats.get(i).get()[1], phrases.get(i)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyFormatWithPhrase")
	void should_find_an_uploaded_document_by_a_phrase_of_its_body_until_it_is_deleted(String fileName, byte[] bytes,
			String phrase) {
		// given
		Map<String, Object> created = upload(fileName, bytes).expectStatus()
			.isCreated()
			.expectHeader()
			.exists("Location")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String id = (String) created.get("id");
		assertThat((String) created.get("fileName")).doesNotContain("/").doesNotContain("..");

		// when
		List<Map<String, Object>> hits = search(phrase, id);

		// then
		assertThat(hits).isNotEmpty();
		assertThat(hits.get(0)).containsEntry("documentId", id);
		String sourceId = (String) hits.get(0).get("sourceId");
		web.get()
			.uri("/api/sources/{id}", sourceId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.documentId")
			.isEqualTo(id);
		web.get()
			.uri("/api/documents/{id}/original", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.isEqualTo(bytes);

		// when
		web.delete().uri("/api/documents/{id}", id).exchange().expectStatus().isNoContent();

		// then
		assertThat(search(phrase, null)).noneMatch(h -> id.equals(h.get("documentId")));
		web.get().uri("/api/documents/{id}", id).exchange().expectStatus().isNotFound();
		web.get().uri("/api/sources/{id}", sourceId).exchange().expectStatus().isNotFound();
	}

	@Test
	void should_store_the_same_content_once_when_uploaded_twice() {
		// given
		byte[] bytes = "# 같은 문서\n\n두 번 올려도 한 번만 저장되어야 하는 문장이다.\n".getBytes(StandardCharsets.UTF_8);
		String first = (String) upload("같은 문서.md", bytes).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");

		// when
		Map<?, ?> second = upload("다른 이름.md", bytes).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(second.get("id")).isEqualTo(first);
		assertThat(search("한 번만 저장", null)).filteredOn(h -> first.equals(h.get("documentId"))).hasSize(1);
	}

	@Test
	void should_refuse_an_unsupported_type_with_415_and_store_nothing() throws IOException {
		long before = originalsCount();
		upload("setup.exe", new byte[] { 77, 90, 0, 1 }).expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unsupported-media-type")
			.jsonPath("$.status")
			.isEqualTo(415)
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("setup.exe"));
		assertThat(originalsCount()).isEqualTo(before);
	}

	@Test
	void should_refuse_a_file_over_the_limit_with_413_and_store_nothing() throws IOException {
		long before = originalsCount();
		byte[] big = "가".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
		upload("big.txt", big).expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
		assertThat(originalsCount()).isEqualTo(before);
	}

	static Stream<Arguments> unreadableFiles() {
		return Stream.of(Arguments.of("encrypted.pdf", SampleDocuments.encryptedPdf(), "encrypt"),
				Arguments.of("broken.docx", SampleDocuments.truncated(SampleDocuments.docx("t", List.of("본문")), 200),
						""),
				Arguments.of("fake.pdf", "this is not a pdf".getBytes(StandardCharsets.UTF_8), "plain text"),
				Arguments.of("random.hwp", SampleDocuments.randomBytes(7, 4096), ""),
				Arguments.of("locked.hwpx", SampleDocuments.passwordHwpx(), ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unreadableFiles")
	void should_refuse_a_corrupt_or_encrypted_file_with_422_and_the_reason(String fileName, byte[] bytes, String reason)
			throws IOException {
		long before = originalsCount();
		long records = documentCount();
		upload(fileName, bytes).expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unreadable-document")
			.jsonPath("$.detail")
			.value(d -> assertThat(((String) d).toLowerCase()).isNotBlank().contains(reason));
		assertThat(originalsCount()).isEqualTo(before);
		assertThat(documentCount()).isEqualTo(records);
	}

	@Test
	void should_answer_400_with_a_problem_when_the_query_is_empty_or_k_is_out_of_range() {
		for (String body : List.of("{\"query\":\"  \"}", "{\"query\":\"교육\",\"k\":0}", "{\"query\":\"교육\",\"k\":101}",
				"{\"k\":5}", "{\"query\":\"교육\",\"language\":\"fr\"}", "{not json")) {
			web.post()
				.uri("/api/search")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/invalid-request")
				.jsonPath("$.detail")
				.isNotEmpty();
		}
	}

	@Test
	void should_give_a_korean_title_when_the_client_prefers_korean() {
		web.get()
			.uri("/api/documents/{id}", "0000000000000000")
			.header("Accept-Language", "ko-KR")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("찾을 수 없음")
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void should_answer_400_when_the_upload_has_no_file_part() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("title", "제목만");
		web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("'file'"));
	}

	private WebTestClient.ResponseSpec upload(String fileName, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String query, String documentId) {
		Map<String, Object> request = documentId == null ? Map.of("query", query, "k", 10)
				: Map.of("query", query, "k", 10, "documentIds", List.of(documentId));
		Map<String, Object> response = web.post()
			.uri("/api/search")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) response.get("hits");
	}

	private long documentCount() {
		return web.get()
			.uri("/api/documents")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.size();
	}

	private long originalsCount() throws IOException {
		Path originals = dataDir.resolve("originals");
		try (Stream<Path> files = Files.walk(originals)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}

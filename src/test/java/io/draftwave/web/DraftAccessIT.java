package io.draftwave.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import io.draftwave.security.ApiKeys;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept drafts with API keys: an official cannot read, list, export, review or rate
 * another official's draft (404, as for a draft that does not exist); a reviewer reads
 * and reviews drafts once submitted, edits and approves them, and the approved DOCX names
 * the approver; a reviewer cannot approve their own draft; administrators read all;
 * trainers see the feedback summary and turn a draft into a lab exercise; {@code /v1}
 * drafts are kept with their owner too.
 */
class DraftAccessIT extends ServiceWithDefaultCorpus {

	private static final String PRESS = "dw-press-71c2";

	private static final String BUDGET = "dw-budget-0e9a";

	private static final String LEAD = "dw-lead-4b1d";

	private static final String TRAINER = "dw-trainer-86f3";

	private static final String ADMIN = "dw-admin-2d55";

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.requests-per-minute", () -> 1000);
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash(PRESS));
		registry.add("draftwave.security.api-keys[1]", () -> "budget-team:official:" + ApiKeys.hash(BUDGET));
		registry.add("draftwave.security.api-keys[2]", () -> "team-lead:reviewer:" + ApiKeys.hash(LEAD));
		registry.add("draftwave.security.api-keys[3]", () -> "lab-trainer:trainer:" + ApiKeys.hash(TRAINER));
		registry.add("draftwave.security.api-keys[4]", () -> "it-team:admin:" + ApiKeys.hash(ADMIN));
		registry.add("draftwave.lab.exercises-dir",
				() -> System.getProperty("java.io.tmpdir") + "/draftwave-access-it-" + System.nanoTime());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/drafts/%s", "/api/drafts/%s/export?format=docx", "/api/drafts/%s/export?format=hwpx",
			"/api/drafts/%s/versions", "/api/drafts/%s/history", "/api/drafts/%s/feedback",
			"/api/drafts/%s/versions/1/diff?against=1" })
	void should_answer_404_to_another_official_when_reading_a_draft(String path) {
		// given
		String draftId = draft(PRESS);

		// when / then
		as(BUDGET).get()
			.uri(path.formatted(draftId))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
		as(PRESS).get().uri(path.formatted(draftId)).exchange().expectStatus().isOk();
		as(ADMIN).get().uri(path.formatted(draftId)).exchange().expectStatus().isOk();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "submit", "versions", "comments", "approve", "return", "feedback" })
	void should_answer_404_to_another_official_when_reviewing_or_rating_a_draft(String step) {
		// given
		String draftId = draft(PRESS);

		// when / then
		post(BUDGET, "/api/drafts/" + draftId + "/" + step,
				Map.of("text", "다른 글 [1].", "comment", "의견", "rating", "down"))
			.expectStatus()
			.isNotFound();
		assertThat(read(PRESS, draftId).get("state")).isEqualTo("draft");
		as(PRESS).get().uri("/api/drafts/{id}/feedback", draftId).exchange().expectBody().json("[]");
	}

	@Test
	void should_list_only_the_callers_own_drafts_when_asked_for_mine() {
		// given
		String mine = draft(PRESS);
		String theirs = draft(BUDGET);

		// when
		List<String> listed = ids(as(PRESS), "/api/drafts?mine&size=100");
		List<String> all = ids(as(ADMIN), "/api/drafts?size=100");

		// then
		assertThat(listed).contains(mine).doesNotContain(theirs);
		assertThat(all).contains(mine, theirs);
	}

	@Test
	void should_let_a_reviewer_edit_and_approve_a_submitted_draft_and_name_the_approver_in_the_docx() throws Exception {
		// given
		String draftId = draft(PRESS);
		as(LEAD).get().uri("/api/drafts/{id}", draftId).exchange().expectStatus().isNotFound();
		post(PRESS, "/api/drafts/" + draftId + "/submit", Map.of("comment", "검토 부탁드립니다")).expectStatus().isOk();
		String text = (String) ((Map<?, ?>) read(LEAD, draftId).get("draft")).get("text");
		assertThat(ids(as(LEAD), "/api/drafts?state=in-review&size=100")).contains(draftId);

		// when
		post(LEAD, "/api/drafts/" + draftId + "/versions", Map.of("text", text + "\n\n문의: 데이터정책과", "comment", "문의처 추가"))
			.expectStatus()
			.isCreated();
		post(PRESS, "/api/drafts/" + draftId + "/approve", Map.of()).expectStatus().isForbidden();
		post(LEAD, "/api/drafts/" + draftId + "/approve", Map.of("comment", "승인")).expectStatus().isOk();

		// then
		Map<String, Object> approved = read(PRESS, draftId);
		assertThat(approved).containsEntry("state", "approved")
			.containsEntry("approvedBy", "team-lead")
			.containsEntry("version", 2);
		as(PRESS).get()
			.uri("/api/drafts/{id}/versions/2/diff", draftId)
			.exchange()
			.expectBody()
			.jsonPath("$.pieces[?(@.change == 'insert')].text")
			.value(t -> assertThat(t.toString()).contains("데이터정책과"));
		byte[] docx = as(PRESS).get()
			.uri("/api/drafts/{id}/export?format=docx", draftId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("승인: team-lead, ").endsWith("(KST)");
			assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("데이터정책과"));
		}
		post(LEAD, "/api/drafts/" + draftId + "/return", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/review-conflict");
	}

	@Test
	void should_refuse_a_reviewer_approving_their_own_draft() {
		// given
		String draftId = draft(LEAD);
		post(LEAD, "/api/drafts/" + draftId + "/submit", Map.of()).expectStatus().isOk();

		// when / then
		post(LEAD, "/api/drafts/" + draftId + "/approve", Map.of()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value(d -> assertThat((String) d).contains("allow-self-approval"));
		post(PRESS, "/api/drafts/" + draftId + "/approve", Map.of()).expectStatus().isNotFound();
	}

	@Test
	void should_summarise_feedback_for_trainers_and_turn_the_draft_into_a_lab_exercise() {
		// given
		String draftId = draft(PRESS);
		post(PRESS, "/api/drafts/" + draftId + "/feedback",
				Map.of("rating", "down", "reason", "wrong-figure", "comment", "수료 인원이 빠졌습니다"))
			.expectStatus()
			.isCreated();
		post(PRESS, "/api/drafts/" + draftId + "/feedback", Map.of("rating", "sideways")).expectStatus().isBadRequest();

		// when / then
		as(PRESS).get().uri("/api/feedback/summary").exchange().expectStatus().isForbidden();
		as(TRAINER).get()
			.uri("/api/feedback/summary")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.byKind[?(@.key == 'answer')].reasons.wrongFigure")
			.value(v -> assertThat(v.toString()).isNotEqualTo("[0]"));
		Map<?, ?> exercise = post(TRAINER, "/api/drafts/" + draftId + "/lab-case", Map.of()).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> loaded = as(TRAINER).get()
			.uri("/api/lab/exercises/{id}", exercise.get("exerciseId"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((String) loaded.get("instructions")).contains(QUESTION, "wrong-figure", "수료 인원이 빠졌습니다");
		as(TRAINER).get().uri("/api/lab/exercises/l2-press-release-training-2024").exchange().expectStatus().isOk();
	}

	@Test
	void should_keep_a_v1_chat_completion_as_a_draft_of_its_caller() {
		// when
		Map<?, ?> completion = as(BUDGET).post()
			.uri("/v1/chat/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("model", "draftwave-answer", "messages",
					List.of(Map.of("role", "user", "content", QUESTION))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		String draftId = ((String) completion.get("id")).substring("chatcmpl-".length());
		assertThat(read(BUDGET, draftId)).containsEntry("owner", "budget-team");
		as(PRESS).get().uri("/api/drafts/{id}", draftId).exchange().expectStatus().isNotFound();
	}

	private WebTestClient as(String key) {
		return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
	}

	private WebTestClient.ResponseSpec post(String key, String path, Map<String, ?> body) {
		return as(key).post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private String draft(String key) {
		Map<?, ?> draft = post(key, "/api/drafts", Map.of("kind", "answer", "instructions", QUESTION)).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) draft.get("draftId");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String key, String draftId) {
		return as(key).get()
			.uri("/api/drafts/{id}", draftId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> ids(WebTestClient client, String path) {
		Map<?, ?> page = client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("drafts")).stream().map(d -> (String) ((Map<?, ?>) d).get("draftId")).toList();
	}

}

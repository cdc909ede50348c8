package io.draftwave.web;

import java.time.Duration;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.draftwave.security.ApiKeys;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review in Debian's Chromium, with API keys: an official rates a draft 👎 with a
 * reason and comment in the widget, submits it, and a reviewer sees the feedback on the
 * admin draft page, edits the text, sees the diff, and approves; the approved DOCX names
 * the reviewer.
 */
class ReviewBrowserIT extends ServiceWithDefaultCorpus {

	private static final String OFFICIAL = "dw-press-5e0a";

	private static final String REVIEWER = "dw-lead-77c1";

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String COMMENT = "수료 인원도 함께 적어 주세요";

	// the widget's figure opens the tables database on a store thread the first time; the
	// review's statements wait behind it on a busy machine
	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(60));

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("draftwave.security.api-keys[0]", () -> "press-office:official:" + ApiKeys.hash(OFFICIAL));
		registry.add("draftwave.security.api-keys[1]", () -> "team-lead:reviewer:" + ApiKeys.hash(REVIEWER));
	}

	@Test
	void should_show_widget_feedback_on_the_draft_page_and_let_the_reviewer_edit_and_approve() throws Exception {
		// given: the official asks in the widget and rates the draft 👎
		String draftId;
		try (BrowserContext context = context(900, 900)) {
			Page page = context.newPage();
			page.route(service("/review-widget.html"),
					route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
						.setContentType("text/html; charset=utf-8")
						.setBody("<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
								+ "<script src=\"/widget/draftwave-chat.js\" defer></script></head><body>"
								+ "<draftwave-chat lang=\"ko\" api-key=\"" + OFFICIAL
								+ "\"></draftwave-chat></body></html>")));
			page.navigate(service("/review-widget.html"));
			Locator widget = page.locator("draftwave-chat");
			widget.locator("textarea").first().fill(QUESTION);
			widget.locator("textarea").first().press("Enter");
			Locator answer = widget.locator(".turn.answer").last();
			answer.locator("button.feedback-down").click();
			answer.locator("select.feedback-reason").selectOption("wrong-figure");
			answer.locator("textarea.feedback-comment").fill(COMMENT);
			answer.locator("select.feedback-reason").focus();
			Screenshots.save(page, "widget-feedback");
			answer.locator("button.feedback-send").click();
			PlaywrightAssertions.assertThat(answer.locator(".feedback-done")).containsText("의견을 보냈습니다");
			draftId = newest(as(OFFICIAL));
		}
		post(OFFICIAL, "/api/drafts/" + draftId + "/submit", Map.of("comment", "검토 부탁드립니다"));

		try (BrowserContext context = context(1100, 1400)) {
			Page page = context.newPage();
			page.addInitScript("sessionStorage.setItem('draftwave.admin.key', '" + REVIEWER + "')");

			// when: the reviewer finds it in the list and opens it
			page.navigate(service("/admin/drafts"));
			page.locator("a[href='/admin/drafts/" + draftId + "']").click();

			// then: the widget's feedback is there
			PlaywrightAssertions.assertThat(page.locator("#state")).hasText("검토 중");
			PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText(COMMENT);
			PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText("수치가 틀림");
			PlaywrightAssertions.assertThat(page.locator("#history")).containsText("검토 요청");

			// when: the reviewer edits, then approves
			Locator text = page.locator("#edit-text");
			text.fill(text.inputValue() + "\n\n문의: 데이터정책과");
			page.locator("#comment").fill("문의처를 넣었습니다");
			page.locator("#save").click();
			PlaywrightAssertions.assertThat(page.locator("#history")).containsText("문의처를 넣었습니다");
			PlaywrightAssertions.assertThat(page.locator("#diff ins")).containsText("데이터정책과");
			page.locator("#approve").click();

			// then
			PlaywrightAssertions.assertThat(page.locator("#state")).hasText("승인됨");
			PlaywrightAssertions.assertThat(page.locator("dl.facts")).containsText("team-lead");
			page.evaluate("document.getElementById('feedback').scrollIntoView()");
			Screenshots.save(page, "review-page");
		}
		byte[] docx = as(OFFICIAL).get()
			.uri("/api/drafts/{id}/export?format=docx", draftId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("데이터정책과"));
			assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("승인: team-lead, ");
		}
	}

	private BrowserContext context(int width, int height) {
		return chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("ko-KR"));
	}

	private String service(String path) {
		return "http://localhost:" + port + path;
	}

	private WebTestClient as(String key) {
		return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
	}

	private void post(String key, String path, Map<String, ?> body) {
		as(key).post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String newest(WebTestClient client) {
		Map<?, ?> page = client.get()
			.uri("/api/drafts?mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) ((Map<?, ?>) ((List<?>) page.get("drafts")).get(0)).get("draftId");
	}

}

package io.draftwave.web;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept conversations in the widget, in Debian's Chromium, with the offline extractive
 * drafter: a question and a follow-up, the tab's copy shown while the service cannot be
 * reached, then, with the tab's copy gone, the conversation listed, reopened with both
 * turns and their citations, and deleted after a confirmation.
 */
@ServiceTest
class ConversationBrowserIT {

	private static final String FIRST = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String FOLLOW_UP = "데이터 인재 양성 교육 수료 인원과 만족도는?";

	private static final String REPORT = """
			# 2024 데이터 인재 양성 교육 결과

			2024년 데이터 인재 양성 교육에는 시 공무원 847명이 참여했다.

			## 수료와 만족도

			참여자 가운데 786명이 데이터 인재 양성 교육 과정을 수료했다.
			데이터 인재 양성 교육 만족도는 5점 만점에 4.6점으로 조사되었다.
			""";

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(30));

	@Autowired
	WebTestClient web;

	@LocalServerPort
	private int port;

	@Test
	void should_reopen_a_kept_conversation_with_its_citations_after_the_tabs_copy_is_gone_and_delete_it() {
		// given: the city's report, and the widget on a page
		upload();
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1000, 980).setLocale("ko-KR"))) {
			Page page = context.newPage();
			page.route(service("/conversations.html"), route -> route
				.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8")
					.setBody("<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>Draftwave</title>"
							+ "<style>body{margin:0;padding:16px;background:#eef1f6} draftwave-chat{--dw-height:940px;"
							+ "max-width:960px;margin:0 auto}</style>"
							+ "<script src=\"/widget/draftwave-chat.js\" defer></script></head><body>"
							+ "<draftwave-chat lang=\"ko\"></draftwave-chat></body></html>")));
			page.navigate(service("/conversations.html"));
			Locator widget = page.locator("draftwave-chat");

			// when: a question and a follow-up
			ask(widget, FIRST, 0);
			ask(widget, FOLLOW_UP, 1);

			// then: with the service out of reach, the tab's copy still shows the
			// conversation
			page.route("**/api/**", Route::abort);
			page.reload();
			PlaywrightAssertions.assertThat(widget.locator(".turn.user")).hasCount(2);
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer").nth(1).locator(".sources li").first())
				.isVisible();
			widget.locator("button.conversations-toggle").click();
			PlaywrightAssertions.assertThat(widget.locator(".conversations .notice.error"))
				.containsText("지금 대화는 이 탭에 그대로 남아 있습니다");
			page.unroute("**/api/**");

			// when: the tab's copy is gone, the conversation is reopened from the list
			page.evaluate("() => sessionStorage.clear()");
			page.reload();
			PlaywrightAssertions.assertThat(widget.locator("button.conversations-toggle")).isVisible();
			PlaywrightAssertions.assertThat(widget.locator(".turn")).hasCount(0);
			widget.locator("button.conversations-toggle").click();
			Locator row = widget.locator(".conversations li").filter(new Locator.FilterOptions().setHasText(FIRST));
			PlaywrightAssertions.assertThat(row).containsText("질문 2개");
			row.locator("button.open-conversation").click();

			// then: both turns, each answer with its sources and working citations
			PlaywrightAssertions.assertThat(widget.locator(".conversations")).isHidden();
			PlaywrightAssertions.assertThat(widget.locator(".turn.user").nth(0)).containsText(FIRST);
			PlaywrightAssertions.assertThat(widget.locator(".turn.user").nth(1)).containsText(FOLLOW_UP);
			Locator first = widget.locator(".turn.answer").nth(0);
			Locator second = widget.locator(".turn.answer").nth(1);
			PlaywrightAssertions.assertThat(first.locator(".text")).containsText("847명");
			PlaywrightAssertions.assertThat(second.locator(".text")).containsText("786명");
			PlaywrightAssertions.assertThat(first.locator(".sources li").first()).containsText("데이터 인재 양성 교육");
			Locator marker = second.locator("sup.cite a").first();
			marker.focus();
			page.keyboard().press("Enter");
			Locator popover = second.locator(".popover");
			PlaywrightAssertions.assertThat(popover).isVisible();
			PlaywrightAssertions.assertThat(popover).containsText("데이터 인재 양성 교육");
			assertThat(popover.locator(".excerpt").textContent()).isNotBlank();
			page.keyboard().press("Escape");
			widget.locator("button.conversations-toggle").click();
			PlaywrightAssertions.assertThat(widget.locator(".conversations li[aria-current=true]")).containsText(FIRST);
			Screenshots.save(page, "widget-conversations");

			// when: it is deleted, after the confirmation
			widget.locator(".conversations li[aria-current=true] button.delete-conversation").click();
			PlaywrightAssertions.assertThat(widget.locator(".conversations li.confirm")).containsText("삭제할까요?");
			widget.locator("button.confirm-delete").click();

			// then
			PlaywrightAssertions.assertThat(widget.locator(".conversations")).containsText("저장된 대화가 없습니다");
			PlaywrightAssertions.assertThat(widget.locator(".turn")).hasCount(0);
			Map<?, ?> listed = web.get()
				.uri("/api/conversations")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(listed.get("total")).isEqualTo(0);
		}
	}

	/** Asks in the widget and waits for the checked draft (answer number {@code n}). */
	private static void ask(Locator widget, String question, int n) {
		widget.locator("textarea").first().fill(question);
		widget.locator("textarea").first().press("Enter");
		Locator answer = widget.locator(".turn.answer").nth(n);
		PlaywrightAssertions.assertThat(answer.locator(".feedback")).isVisible();
		PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
	}

	private void upload() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(REPORT.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "데이터 인재 양성 교육 결과 2024.md";
			}
		});
		web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private String service(String path) {
		return "http://localhost:" + port + path;
	}

}

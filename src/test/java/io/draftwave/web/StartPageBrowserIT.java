package io.draftwave.web;

import java.time.Duration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page, the widget's demo, in a real browser with the offline extractive
 * drafter: a Korean question gets a cited answer, a citation leads to its passage
 * highlighted in its document, and a reload of the tab keeps the conversation and the
 * text not yet sent.
 */
class StartPageBrowserIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String TITLE_2025 = "2025년 데이터 인재 양성 교육 운영 결과 및 2026년 추진 방향";

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(20));

	@LocalServerPort
	private int port;

	@Test
	void should_answer_a_korean_question_with_sources_that_open_their_passage_in_its_document() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(900, 700))) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			Locator widget = page.locator("draftwave-chat");

			// when
			widget.getByPlaceholder("예:").fill(QUESTION);
			widget.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("보내기")).click();

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("847");
			PlaywrightAssertions.assertThat(answer.locator(".badge.extractive")).isVisible();

			// when the marker of the first passage (after the computed figure of the
			// workbook's participants) is clicked
			Locator source = answer.locator(".sources li:not(.figure-cited)").first();
			answer.locator("sup.cite a[data-marker='" + source.getAttribute("value") + "']").first().click();

			// then
			Locator popover = answer.locator(".popover");
			PlaywrightAssertions.assertThat(popover).isVisible();
			String title = source.locator("a").first().textContent();
			PlaywrightAssertions.assertThat(popover.locator("strong")).containsText(title);

			// when the source is opened
			String href = popover.locator("a").getAttribute("href");
			Page passage = context.newPage();
			passage.navigate(href);

			// then
			PlaywrightAssertions.assertThat(passage.locator("h1")).hasText(title);
			Locator cited = passage.locator(".cited");
			PlaywrightAssertions.assertThat(cited.locator("mark").first()).isVisible();
			PlaywrightAssertions.assertThat(cited).containsText("847");
			PlaywrightAssertions.assertThat(cited.locator("h3")).hasText("2. 운영 실적");
			assertThat(cited.locator("ol, ul").count()).as("the numbered heading is no list").isZero();
			assertThat(passage.locator(".passage").count()).as("the passage among its neighbours").isGreaterThan(1);
			assertThat(passage.getByText("원본 파일 열기").getAttribute("href")).endsWith("/original");
			Screenshots.save(passage, "passage-ko");
		}
	}

	@Test
	void should_draw_only_on_the_documents_the_official_chose() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			Locator widget = page.locator("draftwave-chat");
			widget.locator("details.docs summary").click();
			widget.locator("details.docs label")
				.filter(new Locator.FilterOptions().setHasText(TITLE_2025))
				.locator("input")
				.check();
			PlaywrightAssertions.assertThat(widget.locator("details.docs summary")).hasText("문서 1개");

			// when
			widget.locator("textarea").fill("데이터 인재 양성 교육 참여 인원은?");
			widget.locator("textarea").press("Enter");

			// then
			Locator sources = widget.locator(".turn.answer .sources li a");
			PlaywrightAssertions.assertThat(sources.first()).isVisible();
			assertThat(sources.allTextContents()).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(TITLE_2025));
		}
	}

	@Test
	void should_keep_the_conversation_and_the_unsent_text_across_a_reload() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			Locator widget = page.locator("draftwave-chat");
			widget.locator("textarea").fill(QUESTION);
			widget.locator("textarea").press("Enter");
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer .sources li").first()).isVisible();
			widget.locator("select").selectOption("memo");
			widget.locator("textarea").fill("아직 보내지 않은 요청");

			// when
			page.reload();

			// then
			Locator again = page.locator("draftwave-chat");
			PlaywrightAssertions.assertThat(again.locator(".turn.user")).containsText(QUESTION);
			PlaywrightAssertions.assertThat(again.locator(".turn.answer .sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(again.locator("textarea")).hasValue("아직 보내지 않은 요청");
			PlaywrightAssertions.assertThat(again.locator("select")).hasValue("memo");
		}
	}

}

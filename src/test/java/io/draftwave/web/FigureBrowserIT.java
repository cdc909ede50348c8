package io.draftwave.web;

import java.time.Duration;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A computed figure as an official sees it in the start page's widget, with the offline
 * extractive drafter on the default corpus: the answer shows the figure's chart under its
 * text with the statement and source line, the sources list marks the figure, and marker
 * [1] opens the figure's popover with its statement, plan, first source rows, chart and a
 * link to the data page. Pictured as {@code widget-figure-ko.png}.
 */
class FigureBrowserIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?";

	private static final String STATEMENT = "교통·주차(54,756건), 환경·청소(29,619건), 도로·시설물(29,034건)";

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(30));

	@LocalServerPort
	private int port;

	@Test
	void should_show_the_chart_under_the_answer_and_the_figure_popover_with_source_rows_when_marker_1_opens() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1500))) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			Locator widget = page.locator("draftwave-chat");
			widget.locator("select").selectOption("answer");

			// when
			widget.locator("textarea").fill(QUESTION);
			widget.locator("textarea").press("Enter");

			// then: the chart shows under the answer, with its caption and source line
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer).hasAttribute("aria-busy", "false");
			Locator figure = answer.locator(".figures figure");
			PlaywrightAssertions.assertThat(figure).isVisible();
			PlaywrightAssertions.assertThat(figure.locator("figcaption .statement")).containsText(STATEMENT);
			PlaywrightAssertions.assertThat(figure.locator(".figure-source")).containsText("Draftwave 계산");
			Locator chart = figure.locator("img");
			page.waitForFunction("img => img.complete && img.naturalWidth > 0", chart.elementHandle());
			assertThat(chart.getAttribute("src")).startsWith("blob:");
			assertThat(chart.getAttribute("alt")).endsWith("차트");
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).containsText("계산된 수치");

			// when: marker [1] is opened from the keyboard
			Locator marker = answer.locator("sup.cite a[data-marker='1']").first();
			marker.focus();
			page.keyboard().press("Enter");

			// then: the figure's popover, its first source rows read from the table
			Locator popover = answer.locator(".popover.figure-popover");
			PlaywrightAssertions.assertThat(popover).isVisible();
			PlaywrightAssertions.assertThat(popover.locator(".kind")).hasText("계산된 수치");
			PlaywrightAssertions.assertThat(popover.locator(".statement")).containsText(STATEMENT);
			PlaywrightAssertions.assertThat(popover.locator(".plan")).containsText("계산 방법");
			Locator rows = popover.locator(".rows tbody tr");
			PlaywrightAssertions.assertThat(rows).hasCount(3);
			assertThat(rows.allInnerTexts()).anySatisfy(r -> assertThat(r).contains("교통·주차", "2025"))
				.anySatisfy(r -> assertThat(r).contains("도로·시설물"));
			PlaywrightAssertions.assertThat(popover.locator("img.chart")).isVisible();
			Locator more = popover.getByText("자세히 보기");
			assertThat(more.getAttribute("href")).matches("http://localhost:\\d+/data/\\?analysis=[0-9a-f]{16}");
			assertThat(marker.getAttribute("aria-describedby")).isEqualTo(popover.getAttribute("id"));
			page.waitForFunction("img => img.complete && img.naturalWidth > 0",
					popover.locator("img.chart").elementHandle());
			Screenshots.save(page, "widget-figure-ko");

			// when / then: Escape closes it and gives the focus back to the marker
			page.keyboard().press("Escape");
			PlaywrightAssertions.assertThat(popover).hasCount(0);
			assertThat(marker.evaluate("m => m.getRootNode().activeElement === m")).isEqualTo(true);
		}
	}

}

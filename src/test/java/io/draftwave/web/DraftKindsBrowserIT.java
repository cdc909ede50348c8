package io.draftwave.web;

import java.time.Duration;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every draft kind as an official reads it in the start page's widget with the offline
 * extractive drafter: the kind's sections are headings, the draft cites its sources, and
 * no Markdown marks, table rows or document front matter show through. Each draft is
 * pictured whole as {@code draft-<kind>-<language>.png}.
 */
class DraftKindsBrowserIT extends ServiceWithDefaultCorpus {

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(30));

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					press-release   | ko | 빅데이터 웨이브 플랫폼을 소개하는 보도자료                  | 제목;부제;리드;본문
					policy-report   | ko | 분야별 민원 처리 현황과 개선 방안 보고서                   | 개요;현황
					complaint-reply | ko | 공공데이터 개방 신청은 어떻게 하나요? 처리 기한도 알려 주세요 | 인사;요지 확인;답변;맺음
					memo            | ko | 데이터 분석 경진대회 일정 안내 메모                        | 내용
					answer          | ko | 2024년 데이터 인재 양성 교육 참여 인원은?                  | 답변
					press-release   | en | Write a press release introducing the Big Data Wave platform | Title;Subtitle;Lead;Body
					""")
	void should_show_the_kinds_sections_as_headings_with_citations_and_no_markup(String kind, String lang,
			String request, String headings) {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1000, 2600))) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");
			Locator widget = page.locator("draftwave-chat");
			widget.evaluate("(chat, lang) => chat.setAttribute('lang', lang)", lang);
			widget.locator("select").selectOption(kind);

			// when
			widget.locator("textarea").fill(request);
			widget.locator("textarea").press("Enter");

			// then: the draft is complete
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer).hasAttribute("aria-busy", "false");
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			Locator text = answer.locator(".text");
			PlaywrightAssertions.assertThat(text).not().hasClass("text writing");

			// then: its sections are headings, it cites, and no markup or front matter
			// shows
			assertThat(text.locator("h3, h4").allTextContents()).as("the sections of a %s", kind)
				.map(String::strip)
				.containsSubsequence(List.of(headings.split(";")));
			assertThat(text.locator("sup.cite a").count()).as("citation markers").isPositive();
			String shown = text.innerText();
			assertThat(shown).doesNotContain("## ").doesNotContain("date:").doesNotContain("source:");
			assertThat(shown.lines()).as("no raw table rows").noneMatch(line -> line.strip().startsWith("| "));
			Screenshots.save(page, "draft-" + kind + "-" + lang);
		}
	}

}

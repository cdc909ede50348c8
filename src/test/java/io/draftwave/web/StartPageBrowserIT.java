package io.draftwave.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page in a real browser: a Korean question typed into it finds the passage that answers it.
 */
class StartPageBrowserIT extends ServiceWithDefaultCorpus {

	private static Chromium chromium;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void should_list_the_passage_answering_a_korean_question_typed_on_the_start_page() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");

			// when
			page.getByPlaceholder("예:").first().fill("데이터 인재 양성 교육 참여 인원");
			page.keyboard().press("Enter");

			// then
			Locator first = page.locator("#hits li").first();
			first.waitFor();
			assertThat(first.locator("mark").count()).isPositive();
			assertThat(first.locator("a").getAttribute("href")).startsWith("/api/sources/");
		}
	}

}

package io.draftwave.web;

import java.time.Duration;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' audit page in a real browser, on this machine without keys: the
 * events show newest first, the kind and outcome filters change the rows to those the API
 * selects, and the page reads in English by the toggle.
 */
@ServiceTest
class AuditPageBrowserIT {

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(20));

	@LocalServerPort
	private int port;

	@Autowired
	WebTestClient web;

	@Test
	void should_show_the_events_and_change_the_rows_when_filters_are_applied() {
		// given three searches, a refused draft and a table that is not there
		for (String query : new String[] { "주차장 예약", "교육 참여 인원", "민원 답변 010-1234-5678" }) {
			web.post().uri("/api/search").bodyValue(Map.of("query", query)).exchange().expectStatus().isOk();
		}
		web.post()
			.uri("/api/drafts")
			.bodyValue(Map.of("kind", "answer", "instructions", ""))
			.exchange()
			.expectStatus()
			.isBadRequest();
		web.get().uri("/api/tables/no-such-table").exchange().expectStatus().isNotFound();
		// the service is shared with other test classes, whose events count too
		long total = ((Number) AuditApi.page(web, "", "size=1").get("total")).longValue();
		long searches = ((Number) AuditApi.page(web, "", "size=1&kind=search").get("total")).longValue();
		long errors = ((Number) AuditApi.page(web, "", "size=1&outcome=error").get("total")).longValue();

		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1600, 900))) {
			Page page = context.newPage();

			// when
			page.navigate("http://localhost:" + port + "/admin/audit");

			// then every event shows, newest first
			Locator rows = page.locator("#events tbody tr");
			PlaywrightAssertions.assertThat(rows).hasCount((int) Math.min(total, 50));
			PlaywrightAssertions.assertThat(page.locator("#summary")).containsText("조건에 맞는 기록 " + total + "건");
			PlaywrightAssertions.assertThat(rows.first().locator(".kind")).hasText("표 조회");
			PlaywrightAssertions.assertThat(rows.first().locator(".outcome")).hasText("404 not-found");
			PlaywrightAssertions.assertThat(page.getByText("{\"query\":\"민원 답변 [전화번호]\"}").first()).isVisible();

			// when only searches are asked for
			page.getByLabel("종류").selectOption("search");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("조회"))
				.click();

			// then
			PlaywrightAssertions.assertThat(rows).hasCount((int) Math.min(searches, 50));
			assertThat(searches).isGreaterThanOrEqualTo(3);
			assertThat(rows.locator(".kind").allInnerTexts()).containsOnly("검색");
			Screenshots.save(page, "audit-page");

			// when only failures of any kind are asked for
			page.getByLabel("종류").selectOption("");
			page.getByLabel("결과").selectOption("error");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("조회"))
				.click();

			// then
			PlaywrightAssertions.assertThat(rows).hasCount((int) Math.min(errors, 50));
			assertThat(rows.locator(".outcome").allInnerTexts().subList(0, 2)).containsExactly("404 not-found",
					"400 invalid-request");

			// when the reader switches to English
			page.locator("#lang-toggle").click();

			// then
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Audit trail");
			PlaywrightAssertions.assertThat(page.locator("#summary")).containsText(errors + " events match");
			assertThat(rows.locator(".kind").allInnerTexts().subList(0, 2)).containsExactly("table read", "draft");
		}
	}

}

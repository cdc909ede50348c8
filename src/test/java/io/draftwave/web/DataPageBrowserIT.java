package io.draftwave.web;

import java.time.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' data page in a real browser over the default corpus: a Korean question
 * gets its statement, the plan in words, the result table, the chart and the source rows,
 * and the address that opens the kept analysis again; a table's rows page through; a
 * clarification offers its candidates and a question no table answers names the closest
 * tables; the page reads in English too, on a phone and in the dark.
 */
class DataPageBrowserIT extends ServiceWithDefaultCorpus {

	private static final String TOP_THREE = "2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?";

	private static final String COMPLAINTS = "민원 접수 현황 분야별 2023-2025";

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(20));

	@LocalServerPort
	private int port;

	@Test
	void should_answer_a_korean_question_with_its_plan_chart_and_source_rows() throws IOException {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1400))) {
			// given
			Page page = context.newPage();
			page.navigate(url("/data/"));
			PlaywrightAssertions.assertThat(tableButton(page, COMPLAINTS)).isVisible();

			// when
			page.getByLabel("질문", new Page.GetByLabelOptions().setExact(true)).fill(TOP_THREE);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("분석")).click();

			// then
			PlaywrightAssertions.assertThat(page.locator("#statement"))
				.containsText("교통·주차(54,756건), 환경·청소(29,619건), 도로·시설물(29,034건)");
			PlaywrightAssertions.assertThat(page.locator("#plan")).containsText("연도 = 2025");
			assertThat(page.locator("#result-table tbody tr").allInnerTexts()).containsExactly("교통·주차\t54,756",
					"환경·청소\t29,619", "도로·시설물\t29,034");
			Locator chart = page.locator("img#chart");
			PlaywrightAssertions.assertThat(chart).isVisible();
			page.waitForFunction("() => document.querySelector('img#chart').naturalWidth > 0");
			assertThat(chart.getAttribute("src")).endsWith("/chart.svg");
			Locator sources = page.locator(".sources tbody tr");
			PlaywrightAssertions.assertThat(sources).hasCount(3);
			assertThat(sources.all().stream().map(r -> r.getAttribute("data-row")).toList()).containsExactly("21", "22",
					"23");
			PlaywrightAssertions.assertThat(sources.first()).containsText("54,756");
			Download download = page.waitForDownload(() -> page.locator("#result-csv").click());
			byte[] csv = Files.readAllBytes(download.path());
			assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF분야,")
				.contains("교통·주차,54756");
			assertThat(page.url()).contains("?analysis=");
			Screenshots.save(page, "data-ko");

			// when the address is opened again
			Page again = context.newPage();
			again.navigate(page.url());

			// then
			PlaywrightAssertions.assertThat(again.locator("#statement")).containsText("교통·주차(54,756건)");
			PlaywrightAssertions.assertThat(again.locator("#question")).hasValue(TOP_THREE);
		}
	}

	@Test
	void should_page_through_a_tables_rows() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate(url("/data/"));

			// when
			tableButton(page, COMPLAINTS).click();

			// then
			Locator rows = page.locator("#rows tbody tr");
			PlaywrightAssertions.assertThat(rows).hasCount(20);
			PlaywrightAssertions.assertThat(page.locator("#rows caption")).containsText("1–20행 / 전체 30행");
			PlaywrightAssertions.assertThat(page.locator("#rows-previous")).isDisabled();
			PlaywrightAssertions.assertThat(page.locator("#rows-title")).isFocused();

			// when
			page.locator("#rows-next").click();

			// then
			PlaywrightAssertions.assertThat(rows).hasCount(10);
			PlaywrightAssertions.assertThat(rows.first()).hasAttribute("data-row", "21");
			PlaywrightAssertions.assertThat(rows.first()).containsText("교통·주차");
			PlaywrightAssertions.assertThat(rows.first()).containsText("54,756");
			PlaywrightAssertions.assertThat(page.locator("#rows-next")).isDisabled();
			assertThat(page.url()).contains("table=").contains("offset=20");
		}
	}

	@Test
	void should_offer_the_candidates_of_a_clarification_and_the_closest_tables_when_none_answers() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate(url("/data/"));
			Locator question = page.locator("#question");

			// when
			question.fill("2025년 교통·주차 처리 수치는?");
			question.press("Enter");

			// then
			Locator clarification = page.locator("#clarification");
			PlaywrightAssertions.assertThat(clarification.locator(".reason")).not().isEmpty();
			Locator candidate = clarification.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("평균 처리일수(일)"));

			// when a candidate is chosen
			candidate.click();

			// then
			PlaywrightAssertions.assertThat(page.locator("#statement")).containsText("4.7");

			// when
			question.fill("2025년 주차장 수는?");
			question.press("Enter");

			// then the closest tables are offered (their order among equal scores follows
			// the order the tables were loaded in), and one opens its rows
			Locator closest = page.locator("#no-table .suggestion").first();
			PlaywrightAssertions.assertThat(closest).isVisible();
			String title = closest.textContent();
			closest.click();
			PlaywrightAssertions.assertThat(page.locator("#rows-title")).hasText(title);
		}
	}

	@Test
	void should_read_in_english_on_a_phone_in_the_dark() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
				.setColorScheme(ColorScheme.DARK)
				.setIsMobile(true)
				.setHasTouch(true))) {
			// given
			Page page = context.newPage();
			page.navigate(url("/data/"));
			PlaywrightAssertions.assertThat(tableButton(page, COMPLAINTS)).isVisible();

			// when
			page.locator("#lang-toggle").click();
			page.locator("#question").fill("Which three fields received the most complaints in 2025?");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse")).click();

			// then
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Table data");
			PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
			PlaywrightAssertions.assertThat(page.locator("#statement")).containsText("54,756");
			PlaywrightAssertions.assertThat(page.locator("#result-csv")).hasText("Download the result as CSV");
			page.waitForFunction("() => document.querySelector('img#chart')?.naturalWidth > 0");
			assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing wider than the phone's screen")
				.isEqualTo(true);
			page.evaluate("document.getElementById('result-title').scrollIntoView()");
			Screenshots.save(page, "data-en-phone-dark");
			List<String> columns = page.locator(".table-card")
				.filter(new Locator.FilterOptions().setHasText(COMPLAINTS))
				.locator("ul.columns li")
				.allTextContents();
			assertThat(columns).contains("연도 year", "접수 건수 integer", "비율(%) decimal");
		}
	}

	private Locator tableButton(Page page, String title) {
		return page.locator("#table-list")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(title).setExact(true));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

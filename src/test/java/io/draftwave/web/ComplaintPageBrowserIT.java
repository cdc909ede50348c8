package io.draftwave.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' complaint analysis page in a real browser over the default corpus's
 * fictional complaints of 한빛광역시: the data set chosen, the repeat-complaint groups listed
 * and one opened with its complaints (dates, places, texts with phone numbers masked), a
 * district filter that narrows every group to that district, settings and their problems,
 * a chart drawn for each analysis, and the page in English. Pictured as
 * {@code complaints-ko.png} and {@code complaints-repeats.png}.
 */
class ComplaintPageBrowserIT extends ServiceWithDefaultCorpus {

	private static final String TABLE = "민원 접수 현황 2023-2025 (가상)";

	/** The first analysis of the table reads and analyses its 20,153 texts. */
	private static final LocatorAssertions.IsVisibleOptions FIRST_ANALYSIS = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(180_000);

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(30));

	@LocalServerPort
	private int port;

	/**
	 * The first analysis of the table reads and analyses its 20,153 texts; done once here
	 * so that the pages open on a service that is not busy with it.
	 */
	@BeforeEach
	void analyseTheTableOnce() {
		Map<?, ?> tables = web.get()
			.uri("/api/complaints/tables")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String tableId = (String) ((Map<?, ?>) ((List<?>) tables.get("tables")).getFirst()).get("tableId");
		web.mutate()
			.responseTimeout(Duration.ofMinutes(3))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.post()
			.uri("/api/complaints/analyses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("tableId", tableId, "analysis", "handling"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void should_list_repeat_groups_open_one_and_narrow_them_to_a_district() {
		try (BrowserContext context = newContext()) {
			// given
			Page page = context.newPage();
			open(page, "/data/complaints");
			PlaywrightAssertions.assertThat(page.locator("#table option:checked")).hasText(TABLE);
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).isVisible(FIRST_ANALYSIS);

			// when the repeat complaints' tab is reached by keyboard
			page.locator("#tab-topics").focus();
			page.keyboard().press("ArrowRight");
			page.keyboard().press("ArrowRight");

			// then
			PlaywrightAssertions.assertThat(page.locator("#tab-repeats")).isFocused();
			PlaywrightAssertions.assertThat(page.locator("#tab-repeats")).hasAttribute("aria-selected", "true");
			Locator groups = page.locator("#cluster-table tbody tr");
			PlaywrightAssertions.assertThat(groups.first()).isVisible();
			List<String> allDistricts = districtsOf(groups);
			assertThat(allDistricts).hasSizeGreaterThanOrEqualTo(5)
				.containsAll(List.of("가람구", "누리구", "새빛구", "솔내구", "한빛구"));
			PlaywrightAssertions.assertThat(page.locator("#repeat-rule")).hasText("규칙: 같은 장소·같은 분야에서 14일 안에 5건 이상");
			PlaywrightAssertions.assertThat(page.locator("#statement-0"))
				.containsText("반복 민원 묶음은 " + allDistricts.size() + "개");
			Screenshots.save(page, "complaints-ko");

			// when the first group is opened
			Locator first = groups.first();
			String place = first.locator("td").nth(0).textContent();
			int size = Integer.parseInt(first.locator("td").nth(3).textContent().strip());
			first.getByRole(AriaRole.BUTTON).click();

			// then its complaints are listed, with their dates, place and masked texts
			PlaywrightAssertions.assertThat(page.locator("#cluster-title")).isFocused();
			PlaywrightAssertions.assertThat(first.getByRole(AriaRole.BUTTON)).hasAttribute("aria-expanded", "true");
			Locator complaints = page.locator("#cluster-complaints tbody tr");
			PlaywrightAssertions.assertThat(complaints).hasCount(size);
			for (Locator complaint : complaints.all()) {
				assertThat(complaint.locator("td").nth(0).textContent()).matches("\\d{4}-\\d{2}-\\d{2}");
				assertThat(complaint.locator("td").nth(1).textContent()).isEqualTo(place);
				assertThat(complaint.locator("td").nth(6).textContent()).hasSizeGreaterThan(20)
					.doesNotContainPattern("01[016789]-?\\d{3,4}-?\\d{4}");
			}
			page.locator("#cluster").scrollIntoViewIfNeeded();
			Screenshots.save(page, "complaints-repeats");

			// when the district filter is set to 새빛구
			page.getByLabel("자치구").selectOption("새빛구");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("조건 적용")).click();

			// then every group listed is in 새빛구, and the statement says so
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).containsText("새빛구 ");
			List<String> districts = districtsOf(groups);
			assertThat(districts).isNotEmpty()
				.hasSize((int) allDistricts.stream().filter("새빛구"::equals).count())
				.allMatch("새빛구"::equals);
			assertThat(page.url()).contains("district=%EC%83%88%EB%B9%9B%EA%B5%AC").contains("tab=repeats");
		}
	}

	@Test
	void should_draw_each_analysis_chart_show_problems_and_read_in_english() {
		try (BrowserContext context = newContext()) {
			// given
			Page page = context.newPage();
			open(page, "/data/complaints?tab=emerging");
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).isVisible(FIRST_ANALYSIS);

			// then the planted emerging term leads, with its chart drawn and its CSV
			// offered
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).containsText("'자전거'가 언급된 민원은");
			assertThat(page.locator("#emerging-terms tbody tr").first().locator("th").textContent()).isEqualTo("자전거");
			chartDrawn(page);
			assertThat(page.locator(".figure-csv").first().getAttribute("href")).endsWith("/result.csv");

			// when a period narrows the hotspots
			page.locator("#tab-hotspots").click();
			page.getByLabel("접수 시작일").fill("2025-07-01");
			page.getByLabel("접수 종료일").fill("2025-12-31");
			page.getByLabel("분야", new Page.GetByLabelOptions().setExact(true)).selectOption("주차");
			page.locator("#filter-apply").click();

			// then every hotspot is a parking place, counted in that period
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).containsText("2025-07-01~2025-12-31");
			Locator hotspots = page.locator("#hotspot-table tbody tr");
			PlaywrightAssertions.assertThat(hotspots.first()).isVisible();
			assertThat(hotspots.locator("th").allTextContents()).isNotEmpty().allMatch("주차"::equals);
			chartDrawn(page);

			// when the filters are cleared and a setting is out of range
			page.locator("#filter-clear").click();
			page.locator("#tab-repeats").click();
			PlaywrightAssertions.assertThat(page.locator("#param-count")).hasValue("5");
			page.locator("#param-count").fill("1");
			page.locator("#params-apply").click();

			// then the problem's title and detail are shown
			PlaywrightAssertions.assertThat(page.locator("#error")).isVisible();
			PlaywrightAssertions.assertThat(page.locator("#error"))
				.containsText("'count' must be a whole number from 2");

			// when the page is switched to English
			page.locator("#param-count").fill("3");
			page.locator("#param-days").fill("7");
			page.locator("#params-apply").click();
			PlaywrightAssertions.assertThat(page.locator("#repeat-rule")).containsText("7일 안에 3건 이상");
			page.locator("#lang-toggle").click();

			// then
			PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
			PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Complaint analysis");
			PlaywrightAssertions.assertThat(page.locator("#tab-repeats")).hasText("Repeat complaints");
			PlaywrightAssertions.assertThat(page.getByLabel("District")).isVisible();
			PlaywrightAssertions.assertThat(page.locator("#repeat-rule"))
				.hasText("Rule: same place and field, 3 or more within 7 days");
			PlaywrightAssertions.assertThat(page.locator("#error")).isHidden();
			PlaywrightAssertions.assertThat(page.locator("#statement-0")).not().containsText("반복 민원 묶음은");
			assertThat(page.locator(".chart-image").first().getAttribute("alt")).startsWith("Chart of ");
		}
	}

	private static List<String> districtsOf(Locator groups) {
		PlaywrightAssertions.assertThat(groups.first()).isVisible();
		return groups.all().stream().map(row -> row.locator("td").nth(1).textContent()).toList();
	}

	private static void chartDrawn(Page page) {
		Locator chart = page.locator(".chart-image").first();
		PlaywrightAssertions.assertThat(chart).isVisible();
		page.waitForFunction("() => [...document.querySelectorAll('.chart-image')].every(i => i.complete)"
				+ " && document.querySelector('.chart-image').naturalWidth > 0");
		assertThat(chart.getAttribute("src")).endsWith("/chart.svg");
		assertThat(chart.getAttribute("alt")).contains(page.locator("#statement-0").textContent());
	}

	private BrowserContext newContext() {
		return chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1300).setLocale("ko-KR"));
	}

	private void open(Page page, String path) {
		page.navigate("http://localhost:" + this.port + path,
				new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
	}

}

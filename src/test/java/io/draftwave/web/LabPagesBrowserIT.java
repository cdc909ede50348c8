package io.draftwave.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt lab's pages in a real browser, against the service with the default corpus
 * and the extractive drafter: a trainer runs three prompt variants of a Level 2 exercise
 * and reads the side-by-side table; failing checks show their reasons; a run exports as
 * CSV and JSON.
 */
class LabPagesBrowserIT extends ServiceWithDefaultCorpus {

	private static final double RUN_TIMEOUT_MS = Duration.ofSeconds(90).toMillis();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> PROMPTS = List.of("{{input}}", "다음 요청에 대해 자료의 수치를 인용하여 답하세요: {{input}}",
			"{{input}}에 관한 보도자료를 쓰세요. 참여 인원, 수료 인원, 수료율과 만족도를 보고서 문장 그대로 인용하세요.");

	/**
	 * Where the comparison page's screenshot goes: {@code target/screenshots} unless
	 * {@code -Ddraftwave.screenshots=docs} asks for the one the README shows.
	 */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("draftwave.screenshots", "target/screenshots"));

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass();

	@LocalServerPort
	private int port;

	@Test
	void should_show_three_variant_columns_with_a_score_and_checks_per_case_when_a_trainer_runs_a_level_2_exercise()
			throws IOException {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
			// given
			Page page = context.newPage();
			page.navigate(url("/lab/"));
			// the press release exercise where there is one: its starters differ most,
			// which the screenshot shows
			Locator korean = page.locator("#level-2-section a[lang=ko]");
			korean.first().waitFor();
			Locator pressRelease = korean.filter(new Locator.FilterOptions().setHasText("보도자료"));
			(pressRelease.count() > 0 ? pressRelease : korean).first().click();
			page.waitForURL("**/lab/exercise.html?id=*");
			String exerciseId = page.url().replaceFirst(".*[?&]id=", "");
			JsonNode exercise = get("/api/lab/exercises/" + exerciseId);

			// when: the exercise's starter variants and one of the trainer's own
			useVariants(page, PROMPTS, true);
			page.locator("#participant").fill("김트레이너");
			page.locator("#run").click();
			Locator compareLink = page.locator("#compare-link");
			compareLink.waitFor(
					new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(RUN_TIMEOUT_MS));
			compareLink.click();
			page.waitForURL("**/lab/compare.html?run=*");
			Locator table = page.locator("table#compare");
			table.locator("tbody td.cell").first().waitFor();

			// then
			assertThat(table.locator("thead th.column").allTextContents()).hasSize(3)
				.allSatisfy(name -> assertThat(name).isNotBlank());
			Locator rows = table.locator("tbody tr");
			assertThat(rows.count()).isEqualTo(exercise.get("cases").size());
			for (int r = 0; r < rows.count(); r++) {
				Locator cells = rows.nth(r).locator("td.cell");
				assertThat(cells.count()).as("cells of case %d", r + 1).isEqualTo(3);
				List<Double> scores = cells.locator(".score")
					.all()
					.stream()
					.map(score -> Double.valueOf(score.getAttribute("data-score")))
					.toList();
				double best = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
				for (int c = 0; c < 3; c++) {
					boolean highlighted = cells.nth(c).getAttribute("class").contains("best");
					assertThat(highlighted).as("case %d, column %d highlighted as best", r + 1, c + 1)
						.isEqualTo(scores.get(c) == best && scores.stream().anyMatch(score -> score < best));
					assertThat(cells.nth(c).getAttribute("data-status")).isEqualTo("done");
					assertThat(cells.nth(c).locator(".score").textContent()).containsPattern("\\d+%");
					assertThat(cells.nth(c).locator(".checks li").count())
						.isEqualTo(exercise.get("cases").get(r).get("checks").size());
				}
			}
			assertThat(table.locator("tfoot .score").allTextContents()).hasSize(3)
				.allSatisfy(total -> assertThat(total).containsPattern("\\d+%"));
			screenshot(page, SCREENSHOTS.resolve("lab-compare.png"));
		}
	}

	@Test
	void should_highlight_a_failing_check_with_its_reason_and_export_the_run_as_csv_and_json() throws IOException {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			JsonNode run = finishedRun(levelTwoExercise(), PROMPTS, "내보내기 참가자");
			JsonNode failing = firstFailingCheck(run);
			assertThat(failing).as("a check the extractive drafter fails in run %s", run.get("runId")).isNotNull();
			Page page = context.newPage();

			// when
			page.navigate(url("/lab/compare.html?run=" + run.get("runId").asString()));
			page.locator("table#compare tbody td.cell").first().waitFor();

			// then
			Locator fail = page.locator("td.cell .check.fail").first();
			assertThat(fail.locator(".check-reason").textContent()).isNotBlank();
			assertThat(page.locator("td.cell .check.fail .check-reason").allTextContents())
				.contains(failing.get("reason").asString());
			assertThat(rgb(fail.evaluate("e => getComputedStyle(e).color"))).as("red text")
				.satisfies(c -> assertThat(c[0]).isGreaterThan(c[1] + 60).isGreaterThan(c[2] + 60));
			int cells = run.get("cells").size();
			String csv = download(page, "#export-csv");
			assertThat(csvRecords(csv)).as("header and one row per cell").isEqualTo(cells + 1);
			JsonNode exported = JSON.readTree(download(page, "#export-json"));
			assertThat(exported.get("cells").size()).isEqualTo(cells);
			assertThat(exported.get("runId").asString()).isEqualTo(run.get("runId").asString());
		}
	}

	@Test
	void should_rank_a_participants_best_run_on_the_class_leaderboard() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			String exerciseId = levelTwoExercise();
			JsonNode run = finishedRun(exerciseId, PROMPTS, "순위표 참가자");
			JsonNode entries = get("/api/lab/leaderboard?exerciseId=" + exerciseId).get("entries");
			Page page = context.newPage();

			// when
			page.navigate(url("/lab/leaderboard.html?exercise=" + exerciseId));
			Locator rows = page.locator("#leaderboard tbody tr");
			rows.locator("a").first().waitFor();

			// then
			assertThat(rows.count()).isEqualTo(entries.size());
			Locator ours = rows.filter(new Locator.FilterOptions().setHasText(run.get("participant").asString()));
			assertThat(ours.count()).as("one row per participant").isEqualTo(1);
			String bestRun = entries.valueStream()
				.filter(e -> e.get("participant").asString().equals(run.get("participant").asString()))
				.findFirst()
				.orElseThrow()
				.get("runId")
				.asString();
			assertThat(ours.locator("a").getAttribute("href")).isEqualTo("/lab/compare.html?run=" + bestRun);
		}
	}

	@Test
	void should_show_the_problem_in_plain_words_and_keep_the_prompts_when_a_variant_is_empty() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate(url("/lab/exercise.html?id=" + levelTwoExercise()));
			useVariants(page, List.of("요청: {{input}}", ""), false);
			String detail = JSON.readTree(this.web.post()
				.uri("/api/lab/runs")
				.header("Accept-Language", "ko")
				.bodyValue(Map.of("exerciseId", levelTwoExercise(), "variants",
						List.of(Map.of("name", page.locator("#variant-name-0").inputValue(), "prompt", "요청: {{input}}"),
								Map.of("name", page.locator("#variant-name-1").inputValue(), "prompt", ""))))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()).get("detail").asString();

			// when
			page.locator("#run").click();

			// then
			Locator error = page.locator("#error");
			error.waitFor();
			assertThat(error.textContent()).contains(detail).doesNotContain("problem+json", "\"status\"");
			assertThat((Boolean) page.evaluate("document.activeElement.id === 'error'")).isTrue();
			assertThat(page.locator("#variant-prompt-0").inputValue()).isEqualTo("요청: {{input}}");
			assertThat(page.locator("#variant-prompt-1").getAttribute("aria-invalid")).isEqualTo("true");
		}
	}

	@Test
	void should_switch_the_pages_to_english_and_keep_it_on_the_next_page_when_the_toggle_is_pressed() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate(url("/lab/"));
			page.locator("#level-2-section a").first().waitFor();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ko");

			// when
			page.locator("#lang-toggle").press("Enter");
			page.navigate(url("/lab/leaderboard.html"));

			// then
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.locator("h1").textContent()).isEqualTo("Leaderboard");
			assertThat(page.locator("#lang-toggle").textContent()).isEqualTo("한국어");
		}
	}

	@Test
	void should_mark_the_words_a_variant_adds_and_render_model_output_as_text_only() {
		try (BrowserContext context = chromium.browser().newContext()) {
			// given
			Page page = context.newPage();
			page.navigate(url("/lab/"));

			// when
			Object flags = page.evaluate("async () => (await import('/lab/output.js')).added("
					+ "'2024년 교육에 847명이 참여했다. [1]', '2024년 데이터 교육에 847명이 참여했다. [2]')");
			Object rendered = page.evaluate(
					"""
							async () => {
								const { renderOutput } = await import('/lab/output.js');
								const box = document.createElement('div');
								renderOutput(box, '## 본문\\n<img src=x onerror="window.pwned=1"> 참여했다. [1]\\n- **847명** 참여',
									[{ marker: 1, sourceId: 's-1', title: '교육 계획' }], '## 본문\\n참여했다. [1]');
								document.body.append(box);
								return { images: box.querySelectorAll('img').length, added: [...box.querySelectorAll('ins')].map(e => e.textContent),
									heading: box.querySelector('h4').textContent, marker: box.querySelector('sup a').title,
									item: box.querySelector('li strong').textContent, pwned: window.pwned === undefined ? 'no' : 'yes' };
							}
							""");

			// then
			assertThat(flags).isEqualTo(List.of(false, true, false, false, false));
			Map<?, ?> box = (Map<?, ?>) rendered;
			assertThat(((Number) box.get("images")).intValue()).isZero();
			assertThat(box.get("added"))
				.isEqualTo(List.of("<img", "src=x", "onerror=\"window.pwned=1\">", "847명", "참여"));
			assertThat(box.get("heading")).isEqualTo("본문");
			assertThat(box.get("item")).isEqualTo("847명");
			assertThat(box.get("pwned")).isEqualTo("no");
			assertThat(box.get("marker")).isEqualTo("교육 계획");
		}
	}

	/**
	 * Leaves exactly prompts.size() variants on the exercise page, filled with prompts;
	 * with keepStarters, the exercise's starter variants keep their prompts.
	 */
	private static void useVariants(Page page, List<String> prompts, boolean keepStarters) {
		page.locator("#variant-prompt-0").waitFor();
		int starters = keepStarters ? page.locator("#variant-list fieldset.variant").count() : 0;
		while (page.locator("#variant-list fieldset.variant").count() < prompts.size()) {
			page.locator("#add-variant").click();
		}
		while (page.locator("#variant-list fieldset.variant").count() > prompts.size()) {
			page.locator("#variant-list .remove-variant").last().click();
		}
		for (int i = starters; i < prompts.size(); i++) {
			page.locator("#variant-prompt-" + i).fill(prompts.get(i));
		}
	}

	/** The first Level 2 exercise in Korean. */
	private String levelTwoExercise() {
		JsonNode exercises = get("/api/lab/exercises").get("exercises");
		for (JsonNode exercise : exercises) {
			if (exercise.get("level").asInt() == 2 && exercise.get("language").asString().equals("ko")) {
				return exercise.get("id").asString();
			}
		}
		throw new AssertionError("no Korean Level 2 exercise in " + exercises);
	}

	private JsonNode finishedRun(String exerciseId, List<String> prompts, String participant) {
		List<Map<String, String>> variants = prompts.stream()
			.map(p -> Map.of("name", "V" + (prompts.indexOf(p) + 1), "prompt", p))
			.toList();
		JsonNode run = JSON.readTree(this.web.post()
			.uri("/api/lab/runs")
			.bodyValue(Map.of("exerciseId", exerciseId, "participant", participant, "variants", variants))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (run.get("status").asString().equals("running") && System.nanoTime() < deadline) {
			sleep();
			run = get("/api/lab/runs/" + run.get("runId").asString());
		}
		assertThat(run.get("status").asString()).isEqualTo("done");
		return run;
	}

	private static JsonNode firstFailingCheck(JsonNode run) {
		for (JsonNode cell : run.get("cells")) {
			for (JsonNode check : cell.get("checks")) {
				if (!check.get("passed").asBoolean()) {
					return check;
				}
			}
		}
		return null;
	}

	private JsonNode get(String path) {
		return JSON.readTree(this.web.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private static String download(Page page, String selector) throws IOException {
		Download download = page.waitForDownload(() -> page.locator(selector).click());
		return Files.readString(download.path(), StandardCharsets.UTF_8);
	}

	/** Records of a CSV text: line ends inside quoted fields belong to their field. */
	private static int csvRecords(String csv) {
		int records = 0;
		boolean quoted = false;
		boolean content = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == '\n' && !quoted) {
				records += content ? 1 : 0;
				content = false;
			}
			else if (c != '\r') {
				content = true;
			}
		}
		return records + (content ? 1 : 0);
	}

	/**
	 * The red, green and blue of a CSS colour as getComputedStyle gives it: rgb(179, 38,
	 * 30).
	 */
	private static int[] rgb(Object cssColour) {
		String[] parts = cssColour.toString().replaceAll("[^0-9,]", "").split(",");
		return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) };
	}

	private static void screenshot(Page page, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		page.screenshot(new Page.ScreenshotOptions().setPath(file));
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

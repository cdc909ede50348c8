package io.draftwave.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code <draftwave-chat>} widget in Debian's Chromium, against the running service
 * whose language model is a WireMock stub of an OpenAI-compatible server: streaming,
 * citations, stop, failures with retry, embedding on other sites' pages, English and dark
 * mode on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.llm.base-url=${wiremock.server.baseUrl}/v1", "draftwave.llm.model=test-model",
				"draftwave.llm.first-token-timeout=20s", "draftwave.llm.idle-timeout=5s", "draftwave.llm.timeout=60s" })
@EnableWireMock(@ConfigureWireMock(name = "llm"))
class WidgetBrowserIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String COMPLETIONS = "/v1/chat/completions";

	private static final EmbeddingSite SITE = new EmbeddingSite();

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(20));

	@InjectWireMock("llm")
	WireMockServer llm;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void allowedOrigins(DynamicPropertyRegistry registry) {
		registry.add("draftwave.web.allowed-origins", () -> SITE.origin("localhost"));
	}

	@AfterAll
	static void stopSite() {
		SITE.close();
	}

	@BeforeEach
	void resetModel() {
		llm.resetAll();
	}

	@Test
	void should_stream_a_korean_answer_and_open_a_citations_excerpt_from_the_keyboard() {
		// given: the model writes over four seconds, one sentence without a source
		model(stream(List.of("2024년 데이터 인재 양성 교육 참여 인원은 ", "847명이었다 [1]. ", "교육 만족도는 ", "매우 높았고 참여 부서도 크게 늘었다. ",
				"수료 인원은 786명이었다 [1]."))
			.withChunkedDribbleDelay(8, 4000));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 1000, 820)) {
			Page page = context.newPage();
			Locator widget = openStartPage(page);

			// when
			ask(widget);

			// then: text shows while the draft is still being written
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("847명이었다");
			boolean stillWriting = widget.locator("button.stop").isVisible();
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			assertThat(stillWriting).as("the stop button was still shown when the first text appeared").isTrue();
			PlaywrightAssertions.assertThat(widget.locator("button.send")).isVisible();
			PlaywrightAssertions.assertThat(widget.locator(".turn.user")).containsText(QUESTION);
			PlaywrightAssertions.assertThat(answer.locator(".unsupported .flag").first())
				.hasAttribute("title", "출처 표시가 없는 사실 주장입니다.");

			// when: the first marker is opened from the keyboard
			Locator marker = answer.locator("sup.cite a").first();
			marker.focus();
			page.keyboard().press("Enter");

			// then
			Locator popover = answer.locator(".popover");
			PlaywrightAssertions.assertThat(popover).isVisible();
			String title = answer.locator(".sources li a").first().textContent();
			PlaywrightAssertions.assertThat(popover).containsText(title);
			assertThat(popover.locator(".excerpt").textContent()).isNotBlank();
			assertThat(marker.getAttribute("aria-describedby")).isEqualTo(popover.getAttribute("id"));

			// when
			page.keyboard().press("Escape");

			// then
			PlaywrightAssertions.assertThat(popover).hasCount(0);
			assertThat(page
				.evaluate("() => document.querySelector('draftwave-chat').shadowRoot.activeElement.dataset.marker"))
				.isEqualTo("1");

			// when the pointer rests on the last marker, then leaves it
			answer.locator("sup.cite a").last().hover();
			PlaywrightAssertions.assertThat(popover).isVisible();
			page.mouse().move(1, 1);

			// then
			PlaywrightAssertions.assertThat(popover).hasCount(0);
		}
	}

	@Test
	void should_halt_the_stream_and_keep_the_input_usable_when_stop_is_pressed() {
		// given: a model that would write for half a minute
		List<String> pieces = IntStream.rangeClosed(1, 60).mapToObj(i -> "문장 " + i + "을 씁니다. ").toList();
		model(stream(pieces).withChunkedDribbleDelay(60, 30_000));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page page = context.newPage();
			Locator widget = openStartPage(page);
			ask(widget);
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("문장 2을");

			// when
			widget.locator("button.stop").click();

			// then
			PlaywrightAssertions.assertThat(answer.locator(".status")).containsText("작성을 중지했습니다");
			String stoppedAt = answer.locator(".text").textContent();
			assertThat(stoppedAt).doesNotContain("문장 60을");
			PlaywrightAssertions.assertThat(widget.locator("button.send")).isVisible();
			PlaywrightAssertions.assertThat(widget.locator("button.stop")).isHidden();
			PlaywrightAssertions.assertThat(widget.locator("textarea")).isFocused();
			PlaywrightAssertions.assertThat(answer.locator("button.retry")).isVisible();

			// when the next request is asked and answered over two seconds, in which the
			// stopped
			// stream would have written four more sentences
			llm.resetAll();
			model(stream(List.of("다음 답변의 ", "첫 문장입니다 [1].")).withChunkedDribbleDelay(4, 2000));
			widget.locator("textarea").fill("다음 질문");
			widget.locator("textarea").press("Enter");

			// then
			Locator stopped = widget.locator(".turn.answer").nth(0);
			Locator next = widget.locator(".turn.answer").nth(1);
			PlaywrightAssertions.assertThat(next.locator(".sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(next.locator(".text")).containsText("첫 문장입니다");
			assertThat(stopped.locator(".text").textContent()).as("no text after stop").isEqualTo(stoppedAt);
			PlaywrightAssertions.assertThat(stopped.locator(".status")).containsText("작성을 중지했습니다");
		}
	}

	@Test
	void should_say_in_plain_words_that_the_model_failed_and_retry_with_the_same_request() {
		// given: the model fails once, then answers
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}"))
			.willSetStateTo("recovered"));
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(stream(List.of("재시도 후 모델의 답변입니다. ", "참여 인원은 847명이었다 [1]."))));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page page = context.newPage();
			Locator widget = openStartPage(page);
			ask(widget);

			// then: the extractive stand-in, said plainly
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".notice.warning")).containsText("언어 모델이 응답하지 않아");
			PlaywrightAssertions.assertThat(answer.locator(".badge.extractive")).isVisible();

			// when
			answer.locator("button.retry").click();

			// then: the same request again, answered by the model this time
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("재시도 후 모델의 답변입니다");
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(answer.locator(".notice")).hasCount(0);
			PlaywrightAssertions.assertThat(answer.locator(".badge.extractive")).hasCount(0);
			PlaywrightAssertions.assertThat(widget.locator(".turn.user")).hasCount(1);
			var requests = llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
			assertThat(requests).hasSize(2);
			assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
		}
	}

	@Test
	void should_tell_the_official_that_a_slow_model_is_still_writing() {
		// given: the model starts writing after eleven seconds
		model(stream(List.of("늦었지만 답변입니다 [1].")).withFixedDelay(11_000));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page page = context.newPage();
			Locator widget = openStartPage(page);

			// when
			ask(widget);

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".status")).containsText("시간이 걸리고 있습니다");
			PlaywrightAssertions.assertThat(widget.locator("button.stop")).isVisible();
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("늦었지만 답변입니다");
			PlaywrightAssertions.assertThat(answer.locator(".status")).isEmpty();
		}
	}

	@Test
	void should_report_an_unreachable_service_and_answer_on_retry() {
		// given
		model(stream(List.of("다시 연결된 뒤의 답변입니다 [1].")));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page page = context.newPage();
			page.navigate(service("/"));
			page.route("**/api/drafts/stream", Route::abort);
			Locator widget = page.locator("draftwave-chat");

			// when
			ask(widget);

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".notice.error")).containsText("연결할 수 없습니다");
			PlaywrightAssertions.assertThat(widget.locator(".turn.user")).containsText(QUESTION);

			// when the connection is back
			page.unroute("**/api/drafts/stream");
			answer.locator("button.retry").click();

			// then
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("다시 연결된 뒤의 답변입니다");
			PlaywrightAssertions.assertThat(answer.locator(".notice.error")).hasCount(0);
		}
	}

	@Test
	void should_explain_a_refusal_and_a_stream_cut_short_then_answer_on_retry() {
		// given: the first answer is a rate-limit problem, the second a stream that ends
		// halfway
		model(stream(List.of("세 번째 시도의 답변입니다 [1].")));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page page = context.newPage();
			page.navigate(service("/"));
			page.route("**/api/drafts/stream",
					route -> route.fulfill(new Route.FulfillOptions().setStatus(429)
						.setHeaders(Map.of("Content-Type", "application/problem+json", "Retry-After", "30"))
						.setBody("{\"type\":\"/problems/too-many-requests\",\"title\":\"요청 과다\",\"status\":429,"
								+ "\"detail\":\"this API key has used its requests for the minute\"}")));
			Locator widget = page.locator("draftwave-chat");

			// when
			ask(widget);

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".notice.error .message"))
				.hasText("요청이 너무 많습니다. 30초 뒤 다시 시도하세요.");
			PlaywrightAssertions.assertThat(answer.locator(".notice.error details")).containsText("요청 과다");

			// when the retry's stream ends before its draft is done
			page.unroute("**/api/drafts/stream");
			page.route("**/api/drafts/stream", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
				.setHeaders(Map.of("Content-Type", "text/event-stream"))
				.setBody("event:sources\ndata:{\"sources\":[]}\n\nevent:delta\ndata:{\"text\":\"중간까지 쓴 \"}\n\n")));
			answer.locator("button.retry").click();

			// then: what was written stays, and the cut is said
			PlaywrightAssertions.assertThat(answer.locator(".notice.error")).containsText("연결이 끊겨");
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("중간까지 쓴");

			// when the service answers again
			page.unroute("**/api/drafts/stream");
			answer.locator("button.retry").click();

			// then
			PlaywrightAssertions.assertThat(answer.locator(".text")).hasText(Pattern.compile("세 번째 시도의 답변입니다.*"));
			PlaywrightAssertions.assertThat(answer.locator(".notice")).hasCount(0);
			PlaywrightAssertions.assertThat(widget.locator(".turn.user")).hasCount(1);
		}
	}

	@Test
	void should_work_on_an_allowed_sites_page_and_refuse_another_origin() {
		// given
		model(stream(List.of("다른 사이트에서 받은 답변입니다. ", "참여 인원은 847명이었다 [1].")));
		try (BrowserContext context = newContext(ColorScheme.LIGHT, 900, 900)) {
			Page allowed = context.newPage();
			allowed.navigate(SITE.page("localhost", port));
			Locator widget = allowed.locator("draftwave-chat");

			// when
			ask(widget);

			// then
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer .text")).containsText("다른 사이트에서 받은 답변");
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer .sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(widget.locator(".banner")).isHidden();

			// when the same page comes from an origin that is not allowed
			Page refused = context.newPage();
			refused.navigate(SITE.page("127.0.0.1", port));
			Locator other = refused.locator("draftwave-chat");

			// then
			PlaywrightAssertions.assertThat(other.locator(".banner")).containsText("쓸 수 없도록 설정되어 있습니다");
			other.locator("textarea").fill(QUESTION);
			other.locator("textarea").press("Enter");
			PlaywrightAssertions.assertThat(other.locator(".turn.answer .notice.error"))
				.containsText("쓸 수 없도록 설정되어 있습니다");
			assertThat(llm.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).as("only the allowed page drafted")
				.hasSize(1);
		}
	}

	@Test
	void should_speak_english_in_dark_mode_on_a_phone_screen() {
		// given
		model(stream(List.of("In 2024, 847 people took part ", "in the data talent training [1].")));
		try (BrowserContext context = newContext(ColorScheme.DARK, 390, 844)) {
			Page page = context.newPage();
			Locator widget = openStartPage(page);
			widget.evaluate("w => w.setAttribute('lang', 'en')");

			// when
			widget.locator("textarea").fill("How many people took the data talent training in 2024?");
			widget.locator("button.send").click();

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(widget.locator("button.send")).hasText("Send");
			answer.locator("sup.cite a").first().click();
			// [1] may be a passage or, with the tables, a computed figure; either way in
			// English
			PlaywrightAssertions.assertThat(answer.locator(".popover"))
				.containsText(Pattern.compile("Show in (document|full)"));
			assertThat(widget.locator(".chat").evaluate("e => getComputedStyle(e).backgroundColor"))
				.isEqualTo("rgb(23, 26, 33)");
			assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
				.as("no sideways scrolling")
				.isLessThanOrEqualTo(390);
			Screenshots.save(page, "widget-en-dark");
		}
	}

	private BrowserContext newContext(ColorScheme scheme, int width, int height) {
		return chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
				.setLocale(width < 500 ? "en-US" : "ko-KR")
				.setColorScheme(scheme));
	}

	private String service(String path) {
		return "http://localhost:" + port + path;
	}

	private void model(ResponseDefinitionBuilder response) {
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));
	}

	private static ResponseDefinitionBuilder stream(List<String> pieces) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.body("test-model", pieces, 120, 30));
	}

	/** The start page's widget. */
	private Locator openStartPage(Page page) {
		page.navigate(service("/"));
		return page.locator("draftwave-chat");
	}

	/** Sends the usual question from the widget's input, as Enter does. */
	private static void ask(Locator widget) {
		widget.locator("textarea").fill(QUESTION);
		widget.locator("textarea").press("Enter");
	}

}

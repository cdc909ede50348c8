package io.draftwave.web;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import io.draftwave.llm.OpenAiStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the {@code <draftwave-chat>} widget shows a draft, in Debian's Chromium against the
 * running service with a WireMock stub of an OpenAI-compatible model: the draft's
 * Markdown headings, lists and bold as elements with their markers and the
 * unsupported-sentence tint, clean text on copy, markup in a source or in the model's
 * reply shown as text and never run, and the final draft replacing what was streamed,
 * with the model's own words behind a disclosure when it stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.llm.base-url=${wiremock.server.baseUrl}/v1", "draftwave.llm.model=test-model",
				"draftwave.llm.first-token-timeout=20s", "draftwave.llm.idle-timeout=4s", "draftwave.llm.timeout=60s" })
@EnableWireMock(@ConfigureWireMock(name = "llm"))
class WidgetFormattingBrowserIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	private static final String COMPLETIONS = "/v1/chat/completions";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Logger log = LoggerFactory.getLogger(WidgetFormattingBrowserIT.class);

	@RegisterExtension
	static final BrowserPerClass chromium = new BrowserPerClass(Duration.ofSeconds(20));

	@InjectWireMock("llm")
	WireMockServer llm;

	@LocalServerPort
	private int port;

	@BeforeEach
	void resetModel() {
		llm.resetAll();
	}

	@Test
	void should_render_a_press_releases_headings_lists_and_bold_as_elements_and_copy_it_as_clean_text() {
		// given: a press release in the template's sections, one factual sentence without
		// a marker
		// (the pieces go into the JSON strings unescaped, so a line break is written as
		// its escape)
		model(stream(List.of("## 제목\\n2024년 데이터 인재 양성 교육 847명 참여\\n\\n## 부제\\n",
				"- 교육 참여 인원은 847명이었다 [1].\\n- 수료 인원은 786명이었다 [1].\\n\\n## 본문\\n",
				"**2024년** 데이터 인재 양성 교육에는 847명이 참여했다 [1]. ", "교육 만족도는 매우 높았고 참여 부서도 크게 늘었다.\\n")));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1000, 820)
				.setLocale("ko-KR")
				.setColorScheme(ColorScheme.LIGHT)
				.setPermissions(List.of("clipboard-read", "clipboard-write")))) {
			Page page = context.newPage();
			page.navigate(service("/"));
			Locator widget = page.locator("draftwave-chat");
			widget.locator("select").selectOption("press-release");

			// when
			widget.locator("textarea").fill("2024년 데이터 인재 양성 교육 결과 보도자료를 써 주세요");
			widget.locator("textarea").press("Enter");

			// then: the sections are headings, the sub-title lines list items with their
			// markers
			Locator text = widget.locator(".turn.answer").last().locator(".text");
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer .sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(text.locator("h3").first()).hasText("제목");
			assertThat(text.locator("h3").allTextContents()).as("the sections, with those the service adds")
				.containsSubsequence("제목", "부제", "본문");
			PlaywrightAssertions.assertThat(text.locator("ul > li")).hasCount(2);
			PlaywrightAssertions.assertThat(text.locator("ul > li").first()).containsText("847명이었다");
			PlaywrightAssertions.assertThat(text.locator("ul > li").first().locator("sup.cite a")).hasText("1");
			PlaywrightAssertions.assertThat(text.locator("p strong")).hasText("2024년");
			assertThat(text.textContent()).doesNotContain("##").doesNotContain("**").doesNotContain("- 교육");
			Locator unsupported = text.locator("p .unsupported")
				.filter(new Locator.FilterOptions().setHasText("교육 만족도는 매우 높았고"));
			PlaywrightAssertions.assertThat(unsupported.locator(".flag")).hasAttribute("title", "출처 표시가 없는 사실 주장입니다.");
			assertThat(unsupported.textContent()).as("the tint starts where the sentence does")
				.startsWith("교육 만족도는")
				.endsWith("늘었다.⚠");

			// when a marker is opened
			text.locator("li sup.cite a").first().click();

			// then
			PlaywrightAssertions.assertThat(widget.locator(".popover")).isVisible();
			Screenshots.save(page, "widget-ko");
			page.keyboard().press("Escape");
			PlaywrightAssertions.assertThat(widget.locator(".popover")).hasCount(0);

			// when
			widget.locator(".turn.answer button.copy").click();

			// then: clean text, markers as [n], the sources after it
			PlaywrightAssertions.assertThat(widget.locator(".turn.answer button.copy")).hasText("복사했습니다");
			String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
			assertThat(copied).startsWith("제목\n2024년 데이터 인재 양성 교육 847명 참여\n\n부제\n- 교육 참여 인원은 847명이었다 [1].")
				.contains("\n\n본문\n2024년 데이터 인재 양성 교육에는 847명이 참여했다 [1].")
				.doesNotContain("#")
				.doesNotContain("**")
				.containsPattern("\n\n출처:\n\\[1\\] .+ — http://localhost:\\d+/sources/");
		}
	}

	@Test
	void should_show_markup_in_a_source_and_in_the_models_reply_as_text_that_never_runs() {
		// given: a document holding an image tag with a handler, and a model that answers
		// with a script
		String documentId = upload("누리집 보안 점검 결과.txt", """
				누리집 보안 점검 결과

				시청 누리집 게시판 글에서 <img src=x onerror="window.pwned='source'"> 태그가 발견되어 지웠다.
				2024년 누리집 보안 점검은 모두 12회 실시했다.
				""");
		model(stream(List.of("<script>window.pwned='model'</script>누리집 보안 점검은 12회 실시했다 [1]. ",
				"게시판 글의 <img src=x onerror=window.pwned='reply'> 태그는 지웠다 [1].")));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
			Page page = context.newPage();
			page.navigate(service("/"));
			Locator widget = page.locator("draftwave-chat");
			widget.locator("details.docs summary").click();
			// the list is longer than its box: a click from the page, as the keyboard's
			// space would give
			widget.locator("details.docs input[value='" + documentId + "']").evaluate("box => box.click()");
			PlaywrightAssertions.assertThat(widget.locator("details.docs summary")).hasText("문서 1개");
			widget.locator("details.docs summary").click();

			// when
			widget.locator("textarea").fill("누리집 보안 점검 결과는?");
			widget.locator("textarea").press("Enter");

			// then
			Locator answer = widget.locator(".turn.answer").last();
			PlaywrightAssertions.assertThat(answer.locator(".sources li").first()).isVisible();
			PlaywrightAssertions.assertThat(answer.locator(".text"))
				.containsText("<script>window.pwned='model'</script>");
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText("<img src=x onerror=");

			// when the source's excerpt is opened
			answer.locator("sup.cite a").first().click();

			// then
			Locator popover = answer.locator(".popover");
			PlaywrightAssertions.assertThat(popover.locator(".excerpt")).containsText("<img src=x onerror=");
			assertThat(widget.locator("script, img").count()).as("no element from the source or the reply").isZero();
			assertThat(page.evaluate("() => window.pwned === undefined")).as("no handler ran").isEqualTo(true);

			// when the passage is opened in its document
			Page passage = context.newPage();
			passage.navigate(popover.locator("a").last().getAttribute("href"));

			// then
			PlaywrightAssertions.assertThat(passage.locator(".cited")).containsText("<img src=x onerror=");
			assertThat(passage.locator("#passages img, #passages script").count()).isZero();
			assertThat(passage.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		}
	}

	@Test
	void should_replace_what_was_streamed_by_the_final_draft_and_offer_what_the_model_was_writing() throws Exception {
		// given: a model that writes one piece, then breaks its stream off in the middle
		// of the next
		llm.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStream.chunk("test-model", "모델이 쓰다 만 첫 문장입니다 [1]. ")
					+ "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"끊")));
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("ko-KR"))) {
			Page page = context.newPage();
			List<String> served = new ArrayList<>();
			page.route("**/api/drafts/stream", route -> {
				var response = route.fetch();
				String body = withModelText(response.text(), served);
				route.fulfill(new Route.FulfillOptions().setStatus(response.status())
					.setHeaders(Map.of("Content-Type", "text/event-stream"))
					.setBody(body));
			});
			page.navigate(service("/"));
			Locator widget = page.locator("draftwave-chat");

			// when
			widget.locator("textarea").fill(QUESTION);
			widget.locator("textarea").press("Enter");

			// then: the final draft is shown, what the model wrote only behind the
			// disclosure
			Locator answer = widget.locator(".turn.answer").last();
			Locator note = answer.locator(".notice.model-stopped");
			PlaywrightAssertions.assertThat(note).containsText("언어 모델이 글을 쓰다 멈춰서, 근거 문서의 문장을 모아 초안을 다시 만들었습니다");
			PlaywrightAssertions.assertThat(answer.locator(".badge.extractive")).isVisible();
			assertThat(served).hasSize(1);
			PlaywrightAssertions.assertThat(answer.locator(".text")).containsText(served.get(0));
			assertThat(answer.locator(".text").textContent()).doesNotContain("모델이 쓰다 만");
			Locator written = note.locator("details.model-text .written");
			PlaywrightAssertions.assertThat(written).isHidden();
			PlaywrightAssertions
				.assertThat(answer.locator(".notice.warning").filter(new Locator.FilterOptions().setHasText("언어 모델이")))
				.hasCount(0);
			PlaywrightAssertions.assertThat(answer.locator("button.retry")).isVisible();

			// when
			note.getByText("모델이 쓰던 글 보기").click();

			// then
			PlaywrightAssertions.assertThat(written).isVisible();
			PlaywrightAssertions.assertThat(written).containsText("모델이 쓰다 만 첫 문장입니다 [1].");

			// when the official switches to English
			widget.evaluate("w => w.setAttribute('lang', 'en')");

			// then
			PlaywrightAssertions.assertThat(note).containsText("The language model stopped while writing");
			PlaywrightAssertions.assertThat(note.locator("summary").first()).hasText("Show what the model was writing");
		}
	}

	/**
	 * The stream the service sent, its done event carrying the model's text. Where the
	 * service's draft already has {@code modelText} it is passed on as it is; otherwise
	 * the done event is rewritten into the draft the service gives when the model stalls:
	 * the extractive stand-in with the model's text beside it. Adds a fragment of the
	 * draft text the official must see to {@code shown}.
	 */
	private static String withModelText(String stream, List<String> shown) {
		StringBuilder out = new StringBuilder();
		StringBuilder written = new StringBuilder();
		boolean warned = false;
		for (String block : stream.split("\n\n")) {
			String event = block.lines()
				.filter(l -> l.startsWith("event:"))
				.map(l -> l.substring(6).strip())
				.findFirst()
				.orElse("");
			String data = block.lines()
				.filter(l -> l.startsWith("data:"))
				.map(l -> l.substring(5))
				.findFirst()
				.orElse("");
			warned |= event.equals("warning");
			if (event.equals("delta") && !warned) {
				written.append(JSON.readTree(data).path("text").asString());
			}
			if (!event.equals("done")) {
				out.append(block).append("\n\n");
				continue;
			}
			ObjectNode done = (ObjectNode) JSON.readTree(data);
			JsonNode modelText = done.get("modelText");
			if (modelText == null || modelText.isNull()) {
				log.info(
						"The service's draft (mode {}) has no modelText: the test gives its done event the fallback's shape",
						done.path("mode").asString());
				// a model that stopped early leaves its text as the draft; a model the
				// service replaced, its deltas
				done.put("modelText",
						"llm".equals(done.path("mode").asString()) ? done.path("text").asString() : written.toString());
				done.put("mode", "extractive");
				done.put("text", "## 참여 인원\n- 2024년 데이터 인재 양성 교육에는 847명이 참여했다 [1].");
				done.set("sentences", JSON.createArrayNode());
				done.set("warnings", JSON.createArrayNode()
					.add("the language model stopped early (its stream broke off); this draft was assembled from the"
							+ " sources by the offline extractive drafter"));
				shown.add("2024년 데이터 인재 양성 교육에는 847명이 참여했다");
			}
			else {
				String firstLine = done.path("text")
					.asString()
					.replaceAll("(?m)^(#{1,6}|[-*]|\\d{1,3}[.)])[ \\t]+", "")
					.replace("**", "")
					.lines()
					.filter(l -> !l.isBlank())
					.findFirst()
					.orElse("");
				shown.add(firstLine.split("[\\[［]")[0].strip());
			}
			out.append("event:done\ndata:").append(JSON.writeValueAsString(done)).append("\n\n");
		}
		return out.toString();
	}

	private String upload(String fileName, String text) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		Map<?, ?> document = web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.is2xxSuccessful()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(document).isNotNull();
		assertThat(document.get("id")).as("the stored document's id").isNotNull();
		return String.valueOf(document.get("id"));
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

}

package io.draftwave.web;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.draftwave.drafting.CitationChecker;
import io.draftwave.drafting.DraftingProperties;
import io.draftwave.drafting.DraftingService;
import io.draftwave.drafting.PromptTemplates;
import io.draftwave.drafting.SourceSelector;
import io.draftwave.search.ContentWords;
import io.draftwave.search.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems of {@code POST /api/drafts/stream}, titled in the request's language: the
 * body's {@code language}, else {@code Accept-Language}, else Korean. A request the API
 * refuses is a 400 problem before the stream starts; a failure once it has started is its
 * {@code error} event. Here every search fails, so each stream ends in an {@code error}
 * event.
 */
class DraftStreamProblemTest {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	private final ProblemCatalogue problems = ProblemCatalogueTest.fromBundles();

	// no draft is finished here, so none is kept: the keeping needs no review
	private final WebTestClient web = WebTestClient
		.bindToController(
				new DraftController(new ConversationDrafts(new DraftKeeping(failingDrafting(), null), null), problems))
		.controllerAdvice(new ProblemAdvice(problems))
		.webFilter((exchange, chain) -> {
			exchange.getAttributes().put(AccessFilter.CALLER, AccessFilter.LOOPBACK);
			return chain.filter(exchange);
		})
		.build();

	@ParameterizedTest(name = "language ''{0}'', Accept-Language ''{1}'' -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			''  | ''  | 내부 오류
			en  | ''  | Internal error
			''  | en  | Internal error
			ko  | en  | 내부 오류
			EN  | ko  | Internal error
			""")
	void should_title_the_error_event_in_the_request_language_when_the_stream_fails(String language,
			String acceptLanguage, String title) {
		// when
		List<ServerSentEvent<Map<String, Object>>> events = web.post()
			.uri("/api/drafts/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers(h -> {
				if (!acceptLanguage.isEmpty()) {
					h.set("Accept-Language", acceptLanguage);
				}
			})
			.bodyValue(body(language, "{\"instructions\":\"2024년 교육 참여 인원은?\""))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody()
			.filter(e -> e.event() != null)
			.collectList()
			.block(Duration.ofSeconds(10));

		// then
		assertThat(events).extracting(ServerSentEvent::event).containsExactly("error");
		Map<String, Object> problem = events.get(0).data();
		assertThat(problem).containsEntry("type", "/problems/internal-error")
			.containsEntry("title", title)
			.containsEntry("status", 500)
			.containsEntry("instance", "/api/drafts/stream");
		assertThat((String) problem.get("detail")).contains("logged").doesNotContain("passage index");
	}

	@ParameterizedTest(name = "language ''{0}'', Accept-Language ''{1}'' -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			''  | ''  | 잘못된 요청
			en  | ''  | Invalid request
			''  | en  | Invalid request
			ko  | en  | 잘못된 요청
			""")
	void should_title_the_400_problem_of_a_bad_streamed_request_in_the_request_language(String language,
			String acceptLanguage, String title) {
		// when
		WebTestClient.BodyContentSpec problem = web.post()
			.uri("/api/drafts/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(h -> {
				if (!acceptLanguage.isEmpty()) {
					h.set("Accept-Language", acceptLanguage);
				}
			})
			.bodyValue(body(language, "{\"instructions\":\"교육 현황\",\"k\":0"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();

		// then
		problem.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.title")
			.isEqualTo(title)
			.jsonPath("$.detail")
			.isEqualTo("'k' must be between 1 and 20, not 0");
	}

	@Test
	void should_name_the_field_and_the_allowed_values_when_the_kind_or_the_language_is_unknown() {
		// then
		web.post()
			.uri("/api/drafts/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"kind\":\"letter\",\"instructions\":\"교육 현황\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo(
					"'kind' must be one of press-release, policy-report, complaint-reply, memo, answer; not 'letter'");
		web.post()
			.uri("/api/drafts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"instructions\":\"교육 현황\",\"language\":\"fr\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("'language' must be one of ko, en; not 'fr'")
			.jsonPath("$.title")
			.isEqualTo("잘못된 요청");
	}

	private static String body(String language, String opened) {
		return opened + (language.isEmpty() ? "" : ",\"language\":\"" + language + "\"") + "}";
	}

	/**
	 * Drafting whose every search fails, as a broken index would, after the stream has
	 * begun.
	 */
	private static DraftingService failingDrafting() {
		PassageIndex broken = (PassageIndex) Proxy.newProxyInstance(PassageIndex.class.getClassLoader(),
				new Class<?>[] { PassageIndex.class }, (proxy, method, args) -> {
					throw new IllegalStateException("the passage index is closed");
				});
		DraftingProperties properties = new DraftingProperties(Path.of("prompts"), 2, 3000, 0.4, null);
		ContentWords words = new ContentWords();
		return new DraftingService(new SourceSelector(broken, words, properties),
				new PromptTemplates(Path.of("prompts")), prompt -> Flux.error(new IllegalStateException("not reached")),
				new CitationChecker(words, 0.5));
	}

}

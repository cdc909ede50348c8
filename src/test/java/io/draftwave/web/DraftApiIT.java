package io.draftwave.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts with no language model configured: the offline extractive drafter writes every
 * kind in Korean and English over the default corpus, every marker resolves to a source,
 * every sentence is checked, and the stream sends its events in the contract's order.
 */
class DraftApiIT extends ServiceWithDefaultCorpus {

	private static final Pattern MARKER = Pattern.compile("\\[(\\d+(?:,\\s*\\d+)*)\\]");

	static Stream<Arguments> kindsAndLanguages() {
		String ko = "2024년 데이터 인재 양성 교육 참여 인원과 만족도 결과를 정리해 주세요";
		String en = "Summarise how many officials took part in the data and AI training in 2024 and 2025";
		return Stream.of("press-release", "policy-report", "complaint-reply", "memo", "answer")
			.flatMap(kind -> Stream.of(Arguments.of(kind, "ko", ko), Arguments.of(kind, "en", en)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("kindsAndLanguages")
	void should_draft_every_kind_with_markers_that_resolve_when_no_model_is_configured(String kind, String language,
			String instructions) {
		// when
		Map<String, Object> draft = post("/api/drafts",
				Map.of("kind", kind, "language", language, "instructions", instructions));

		// then
		assertThat(draft).containsEntry("mode", "extractive")
			.containsEntry("kind", kind)
			.containsEntry("language", language);
		String text = (String) draft.get("text");
		List<Map<String, Object>> citations = list(draft, "citations");
		assertThat(citations).isNotEmpty();
		List<Integer> known = citations.stream().map(c -> (Integer) c.get("marker")).toList();
		Matcher m = MARKER.matcher(text);
		int markers = 0;
		while (m.find()) {
			for (String n : m.group(1).split(",\\s*")) {
				assertThat(known).as("marker [%s] in %s", n, text).contains(Integer.parseInt(n));
				markers++;
			}
		}
		assertThat(markers).isPositive();
		citations.forEach(c -> web.get().uri((String) c.get("url")).exchange().expectStatus().isOk());
		List<Map<String, Object>> sentences = list(draft, "sentences");
		assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(s.get("supported")).isInstanceOf(Boolean.class));
		assertThat(sentences).as("the extractive drafter copies sentences and writes only courtesy lines: %s", text)
			.allSatisfy(s -> assertThat(s.get("supported")).as("sentence %s", s).isEqualTo(true));
	}

	@Test
	void should_stream_sources_deltas_citations_and_done_in_order() {
		// when
		List<ServerSentEvent<Map<String, Object>>> events = DraftStreams
			.open(web, Map.of("kind", "answer", "instructions", "2024년 데이터 인재 양성 교육 참여 인원은?"))
			.collectList()
			.block();

		// then
		List<String> names = events.stream().map(ServerSentEvent::event).toList();
		assertThat(names.get(0)).isEqualTo("sources");
		assertThat(names.get(names.size() - 1)).isEqualTo("done");
		assertThat(names).contains("delta", "citation").doesNotContain("error");
		StringBuilder streamed = new StringBuilder();
		for (ServerSentEvent<Map<String, Object>> e : events) {
			if ("delta".equals(e.event())) {
				streamed.append(e.data().get("text"));
			}
			if ("citation".equals(e.event())) {
				assertThat(streamed.toString()).as("text streamed before citation %s", e.data())
					.contains("[" + e.data().get("marker"));
			}
		}
		Map<String, Object> done = events.get(events.size() - 1).data();
		assertThat(streamed.toString()).isEqualTo(done.get("text"));
		List<Map<String, Object>> doneCitations = list(done, "citations");
		assertThat(doneCitations).extracting(c -> c.get("marker"))
			.containsExactlyElementsOf(events.stream()
				.filter(e -> "citation".equals(e.event()))
				.map(e -> e.data().get("marker"))
				.sorted()
				.toList());
	}

	@Test
	void should_refuse_and_cite_nothing_when_the_corpus_does_not_cover_the_request() {
		// when
		Map<String, Object> draft = post("/api/drafts", Map.of("kind", "answer", "instructions", "반려견 등록 수수료는 얼마인가요?"));

		// then
		assertThat(list(draft, "citations")).isEmpty();
		assertThat((String) draft.get("text")).contains("근거를 찾지 못했습니다");
		assertThat(list(draft, "warnings")).anySatisfy(w -> assertThat((Object) w).asString().startsWith("refused"));
	}

	@Test
	void should_answer_400_with_a_problem_for_bad_draft_requests() {
		for (String body : List.of("{\"kind\":\"answer\",\"instructions\":\" \"}",
				"{\"kind\":\"letter\",\"instructions\":\"교육 현황\"}", "{\"instructions\":\"교육 현황\",\"k\":0}",
				"{\"instructions\":\"교육 현황\",\"language\":\"fr\"}", "{oops")) {
			for (String path : List.of("/api/drafts", "/api/drafts/stream")) {
				web.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(body)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("/problems/invalid-request");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(String path, Map<String, Object> body) {
		return web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> map, String key) {
		return (List<T>) map.get(key);
	}

}

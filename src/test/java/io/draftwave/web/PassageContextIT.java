package io.draftwave.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** A cited passage among its neighbours, and the page that shows it. */
class PassageContextIT extends ServiceWithDefaultCorpus {

	@Test
	@SuppressWarnings("unchecked")
	void should_return_the_cited_passage_between_its_neighbours_in_document_order() {
		// given: a passage from the middle of a document
		String sourceId = firstHit("Level 3 교육 시간");

		// when
		Map<String, Object> context = web.get()
			.uri("/api/sources/{id}/context?around=2", sourceId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(context).containsEntry("sourceId", sourceId);
		assertThat((String) context.get("original")).endsWith("/original");
		List<Map<String, Object>> passages = (List<Map<String, Object>>) context.get("passages");
		assertThat(passages).filteredOn(p -> Boolean.TRUE.equals(p.get("cited")))
			.singleElement()
			.satisfies(p -> assertThat(p).containsEntry("sourceId", sourceId));
		assertThat(passages).hasSizeBetween(1, 5);
		List<Integer> starts = passages.stream().map(p -> (Integer) p.get("start")).toList();
		assertThat(starts).isSorted().doesNotHaveDuplicates();
		String documentId = (String) context.get("documentId");
		assertThat(passages).allSatisfy(p -> assertThat((String) p.get("sourceId")).startsWith(documentId + "-"));
	}

	@Test
	void should_answer_problems_for_an_unknown_source_and_a_wide_neighbourhood() {
		web.get()
			.uri("/api/sources/{id}/context", "no-such-document-3")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
		web.get()
			.uri("/api/sources/{id}/context?around=11", firstHit("주차장"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-request")
			.jsonPath("$.detail")
			.value(String.class, d -> assertThat(d).contains("'around'"));
	}

	@Test
	void should_serve_the_passage_page_for_a_source() {
		web.get()
			.uri("/sources/{id}", "any-source-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("/context?around="));
	}

	@SuppressWarnings("unchecked")
	private String firstHit(String query) {
		Map<String, Object> body = web.post()
			.uri("/api/search")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "k", 1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
		assertThat(hits).isNotEmpty();
		return (String) hits.get(0).get("sourceId");
	}

}

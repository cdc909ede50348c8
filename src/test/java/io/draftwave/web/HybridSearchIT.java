package io.draftwave.web;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Test;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import org.wiremock.spring.WireMockConfigurationCustomizer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service with hybrid search on an OpenAI-compatible embeddings endpoint (WireMock,
 * one passage per request, every vector the same): the corpus is embedded as it is
 * indexed, searches embed the query, and a failing endpoint leaves searches answered by
 * BM25 alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "draftwave.embeddings.provider=openai",
				"draftwave.embeddings.base-url=${wiremock.server.baseUrl}/v1",
				"draftwave.embeddings.model=test-embeddings", "draftwave.embeddings.batch-size=1" })
@EnableWireMock(@ConfigureWireMock(name = "embeddings", filesUnderClasspath = "wiremock/embeddings",
		resetWireMockServer = false, configurationCustomizers = HybridSearchIT.QuietRequests.class))
class HybridSearchIT extends ServiceWithDefaultCorpus {

	private static final String QUESTION = "2024년 데이터 인재 양성 교육 참여 인원은?";

	@InjectWireMock("embeddings")
	WireMockServer embeddings;

	@Test
	void should_embed_passages_and_queries_when_the_endpoint_answers() {
		// when
		List<Map<String, Object>> hits = search(QUESTION);

		// then: fused scores (at most 2 / 61), Korean passages embedded too, and so was
		// the question
		assertThat(hits).isNotEmpty();
		assertThat(((Number) hits.getFirst().get("score")).doubleValue()).isLessThan(2.0 / 61 + 1e-6);
		embeddings.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(containing("참여")));
		embeddings.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(containing(QUESTION)));
	}

	@Test
	void should_answer_with_bm25_alone_when_the_endpoint_fails() {
		// given: every vector is the same, so the fused order of equal vectors is no
		// reference
		StubMapping down = embeddings.stubFor(post(urlEqualTo("/v1/embeddings")).atPriority(1)
			.willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"down\"}}")));
		try {
			// when
			List<Map<String, Object>> hits = search(QUESTION);

			// then: BM25 still finds a passage on the participants, ranked by its BM25
			// score (not a fused one below 1)
			assertThat(hits).isNotEmpty();
			assertThat((String) hits.getFirst().get("excerpt")).contains("참여").contains("2024");
			assertThat(hits).extracting(h -> ((Number) h.get("score")).doubleValue())
				.allSatisfy(score -> assertThat(score).isGreaterThan(1.0))
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		}
		finally {
			embeddings.removeStub(down);
		}
	}

	/** Logs no line per request: indexing the corpus sends a few hundred. */
	static final class QuietRequests implements WireMockConfigurationCustomizer {

		@Override
		public void customize(WireMockConfiguration configuration, ConfigureWireMock options) {
			configuration.notifier(new Slf4jNotifier(false));
		}

	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String query) {
		Map<String, Object> response = web.post()
			.uri("/api/search")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "k", 5))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) response.get("hits");
	}

}

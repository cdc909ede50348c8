package io.draftwave.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a new user starts it: the project's {@code corpus/} folder indexed at
 * start-up, then questions an official would ask, each expected to find the passage that
 * answers it.
 */
class DefaultCorpusIT extends ServiceWithDefaultCorpus {

	private static final Path CORPUS = Path.of("corpus");

	@Test
	void should_index_every_file_of_the_default_corpus() throws IOException {
		long files;
		try (var walk = Files.walk(CORPUS)) {
			files = walk.filter(Files::isRegularFile).count();
		}
		assertThat(files).isGreaterThanOrEqualTo(30);
		assertThat(documents()).hasSize((int) files).allSatisfy(d -> assertThat(d.get("status")).isEqualTo("indexed"));
		assertThat(documents().stream().map(d -> d.get("format")).collect(Collectors.toSet()))
			.hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void should_serve_a_start_page_embedding_the_widget_and_the_widgets_script() {
		web.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("Draftwave", "<draftwave-chat", "/widget/draftwave-chat.js",
					"/swagger-ui.html"));
		web.get()
			.uri("/widget/draftwave-chat.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Type", type -> assertThat(type).contains("javascript"))
			.expectBody(String.class)
			.value(js -> assertThat(js).contains("import(new URL('chat.js'").doesNotContain("innerHTML"));
		for (String module : List.of("chat.js", "turn.js", "draft-text.js", "popover.js", "events.js", "dom.js")) {
			web.get()
				.uri("/widget/" + module)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value(js -> assertThat(js).as(module).doesNotContain("innerHTML"));
		}
		web.get()
			.uri("/widget/chat.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(js -> assertThat(js).contains("customElements.define('draftwave-chat'"));
	}

	@Test
	void should_answer_the_training_figure_question_with_the_passage_holding_the_figure_first() {
		// when
		List<Map<String, Object>> hits = search("2024년 데이터 인재 양성 교육 참여 인원은?", 5);

		// then
		assertThat(hits).isNotEmpty();
		Map<String, Object> source = source((String) hits.get(0).get("sourceId"));
		assertThat((String) source.get("text")).contains("847");
		assertThat((String) source.get("text")).contains("2024");
	}

	@Test
	void should_find_the_answer_in_the_top_three_for_nine_in_ten_questions_officials_ask() throws IOException {
		// given
		Map<String, String> idByFile = documents().stream()
			.collect(Collectors.toMap(d -> (String) d.get("fileName"), d -> (String) d.get("id")));
		List<String[]> questions = Files
			.readAllLines(Path.of("src/test/resources/corpus-questions.tsv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split("\t"))
			.toList();
		assertThat(questions).allSatisfy(q -> assertThat(q).as("question, file, phrase, answer").hasSize(4));
		assertThat(questions).hasSizeGreaterThanOrEqualTo(30);

		// when
		List<String> misses = new ArrayList<>();
		int first = 0;
		for (String[] q : questions) {
			String documentId = idByFile.get(q[1]);
			assertThat(documentId).as("document %s of question %s", q[1], q[0]).isNotNull();
			List<Map<String, Object>> hits = search(q[0], 3);
			int rank = rankOfAnswer(hits, documentId, q[2], java.util.regex.Pattern.compile(q[3]));
			if (rank == 1) {
				first++;
			}
			if (rank == 0) {
				misses.add(q[0] + " → " + q[1] + " («" + q[2] + "»)");
			}
		}

		// then: figures of this run are in docs/benchmarks.md ("Default corpus
		// questions")
		assertThat(questions.size() - misses.size()).as("answer in the top 3; misses: %s", misses)
			.isGreaterThanOrEqualTo((int) Math.ceil(questions.size() * 0.9));
		assertThat(first).as("answer first").isGreaterThanOrEqualTo((int) Math.ceil(questions.size() * 0.7));
	}

	/**
	 * Rank of the first hit that answers: the expected passage (its document and phrase),
	 * or any passage stating the answer, since several documents of the corpus report the
	 * same figures.
	 */
	private int rankOfAnswer(List<Map<String, Object>> hits, String documentId, String phrase,
			java.util.regex.Pattern answer) {
		for (int i = 0; i < hits.size(); i++) {
			String text = (String) source((String) hits.get(i).get("sourceId")).get("text");
			if ((documentId.equals(hits.get(i).get("documentId")) && text.contains(phrase))
					|| answer.matcher(text).find()) {
				return i + 1;
			}
		}
		return 0;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> search(String query, int k) {
		return (List<Map<String, Object>>) web.post()
			.uri("/api/search")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "k", k))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("hits");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> source(String sourceId) {
		return web.get()
			.uri("/api/sources/{id}", sourceId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private List<Map<String, Object>> documents() {
		return (List) web.get()
			.uri("/api/documents")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
	}

}

package io.draftwave.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.draftwave.complaints.ComplaintGenerator;
import io.draftwave.complaints.GeneratedComplaints;
import io.draftwave.complaints.PlantedCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaint analyses over HTTP on a generated complaint CSV of about 3,000 rows uploaded
 * as a document: the table listed with its filter values, each analysis with its figures
 * kept for {@code /api/analyses/{id}} and its chart, and every problem.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class ComplaintApiIT {

	static final GeneratedComplaints GENERATED = ComplaintGenerator.generate(ComplaintGenerator.SEED, 3_000, true);

	private static String tableId;

	private static String otherTableId;

	@Autowired
	WebTestClient web;

	@BeforeEach
	void upload() throws Exception {
		if (tableId != null) {
			return;
		}
		Path file = Files.createTempDirectory("complaints").resolve(ComplaintGenerator.FILE_NAME);
		GENERATED.write(file);
		String id = (String) upload(ComplaintGenerator.FILE_NAME, Files.readAllBytes(file)).get("id");
		String other = (String) upload("counts.csv", "연도,건수\n2024,1\n2025,2\n".getBytes()).get("id");
		List<Map<String, Object>> tables = (List<Map<String, Object>>) web.get()
			.uri("/api/tables")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("tables");
		tableId = tables.stream()
			.filter(t -> id.equals(t.get("documentId")))
			.map(t -> (String) t.get("tableId"))
			.findFirst()
			.orElseThrow();
		otherTableId = tables.stream()
			.filter(t -> other.equals(t.get("documentId")))
			.map(t -> (String) t.get("tableId"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void should_list_the_complaint_table_with_its_filter_values() {
		// when
		Map<String, Object> body = web.get()
			.uri("/api/complaints/tables")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		List<Map<String, Object>> tables = (List<Map<String, Object>>) body.get("tables");
		assertThat(tables).extracting(t -> t.get("tableId")).containsExactly(tableId);
		Map<String, Object> table = tables.getFirst();
		assertThat((List<String>) table.get("districts")).containsExactlyInAnyOrderElementsOf(
				GENERATED.complaints().stream().map(c -> c.district()).distinct().toList());
		assertThat(table.get("from")).isEqualTo(GENERATED.complaints().getFirst().received().toString());
		assertThat((Map<String, String>) table.get("columns")).containsEntry("text", "민원 내용")
			.containsEntry("received", "접수일");
	}

	@Test
	void should_answer_topics_with_figures_kept_and_a_chart_drawn() {
		// when
		Map<String, Object> body = analyse(Map.of("tableId", tableId, "analysis", "topics", "terms", 3));

		// then
		assertThat((Map<String, Object>) body.get("query")).containsEntry("analysis", "topics")
			.containsEntry("parameters", Map.of("examples", "3", "period", "quarter", "terms", "3"));
		List<Map<String, Object>> figures = (List<Map<String, Object>>) body.get("figures");
		assertThat(figures).hasSize(2);
		Map<String, Object> figure = figures.getFirst();
		String id = (String) figure.get("analysisId");
		assertThat(figure.get("analysis")).isEqualTo("/api/analyses/" + id);
		Map<String, Object> kept = web.get()
			.uri("/api/analyses/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(kept.get("statement")).isEqualTo(figure.get("statement"));
		assertThat((Map<String, Object>) kept.get("plan")).containsEntry("kind", "computed")
			.containsEntry("method", "complaints.topics");
		String svg = web.get()
			.uri("/api/analyses/{id}/chart.svg", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/svg+xml")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> terms = (List<Map<String, Object>>) ((List<Map<String, Object>>) figure.get("rows"))
			.stream()
			.toList();
		assertThat(svg).startsWith("<?xml")
			.contains((String) ((List<Object>) figure.get("rows")).stream()
				.map(r -> ((List<Object>) r).getFirst())
				.findFirst()
				.orElseThrow());
		assertThat(terms).isNotEmpty();
		web.get().uri("/api/analyses/{id}/result.csv", id).exchange().expectStatus().isOk();
		List<Map<String, Object>> groups = (List<Map<String, Object>>) ((Map<String, Object>) body.get("details"))
			.get("groups");
		assertThat(groups).allSatisfy(g -> assertThat((List<?>) g.get("terms")).hasSizeLessThanOrEqualTo(3));
	}

	@Test
	void should_answer_emerging_with_the_planted_term_and_its_quarterly_shares() {
		// when
		Map<String, Object> body = analyse(
				Map.of("tableId", tableId, "analysis", "emerging", "minCount", 5, "minZ", 3));

		// then
		Map<String, Object> details = (Map<String, Object>) body.get("details");
		List<Map<String, Object>> terms = (List<Map<String, Object>>) details.get("terms");
		assertThat(((Map<String, Object>) terms.getFirst().get("term")).get("term"))
			.isEqualTo(GENERATED.emergingTerm());
		assertThat((List<?>) terms.getFirst().get("shares")).hasSize(12);
		assertThat((String) ((List<Map<String, Object>>) body.get("figures")).getFirst().get("statement"))
			.contains("'자전거'가 언급된 민원은");
	}

	@Test
	void should_answer_repeats_with_every_planted_cluster_and_its_complaints_masked() {
		// when
		Map<String, Object> body = analyse(Map.of("tableId", tableId, "analysis", "repeats", "days", 14, "count", 5));

		// then
		List<Map<String, Object>> clusters = (List<Map<String, Object>>) ((Map<String, Object>) body.get("details"))
			.get("clusters");
		for (PlantedCluster planted : GENERATED.clusters()) {
			assertThat(clusters).anySatisfy(c -> assertThat(
					((List<Map<String, Object>>) c.get("complaints")).stream().map(r -> r.get("row")).toList())
				.containsAll(planted.rows()));
		}
		assertThat(clusters).flatExtracting(c -> (List<Map<String, Object>>) c.get("complaints"))
			.allSatisfy(r -> assertThat((String) r.get("text")).doesNotContainPattern("010-\\d{4}-\\d{4}"));
	}

	@Test
	void should_answer_hotspots_and_handling_within_the_filters() {
		// when
		Map<String, Object> hotspots = analyse(Map.of("tableId", tableId, "analysis", "hotspots", "from", "2025-07-01",
				"to", "2025-12-31", "district", "누리구"));
		Map<String, Object> handling = analyse(
				Map.of("tableId", tableId, "analysis", "handling", "language", "en", "factor", 3));

		// then
		List<Map<String, Object>> spots = (List<Map<String, Object>>) ((Map<String, Object>) hotspots.get("details"))
			.get("hotspots");
		assertThat(spots).isNotEmpty().allMatch(h -> h.get("district").equals("누리구"));
		assertThat(((Map<String, Object>) hotspots.get("details")).get("previousFrom")).isEqualTo("2024-12-29");
		long inPeriod = GENERATED.complaints()
			.stream()
			.filter(c -> c.district().equals("누리구") && c.received().getYear() == 2025
					&& c.received().getMonthValue() >= 7)
			.count();
		assertThat(hotspots.get("complaintCount")).isEqualTo((int) inPeriod);
		List<Map<String, Object>> figures = (List<Map<String, Object>>) handling.get("figures");
		assertThat(figures).hasSize(2);
		assertThat((String) figures.getFirst().get("statement")).startsWith("The median handling time is ");
	}

	@Test
	void should_answer_problems_for_unknown_tables_tables_without_complaints_and_bad_values() {
		// then
		problem(Map.of("tableId", "no-such-table", "analysis", "topics"), 404, "not-found");
		problem(Map.of("tableId", otherTableId, "analysis", "topics"), 422, "not-a-complaint-table");
		Map<String, Object> bad = problem(Map.of("tableId", tableId, "analysis", "trends"), 400, "invalid-request");
		assertThat(bad).containsEntry("field", "analysis")
			.containsEntry("allowed", List.of("topics", "emerging", "repeats", "hotspots", "handling"));
		Map<String, Object> range = problem(Map.of("tableId", tableId, "analysis", "repeats", "similarity", 2), 400,
				"invalid-request");
		assertThat(range).containsEntry("field", "similarity");
		assertThat((String) range.get("detail")).isEqualTo("'similarity' must be a number from 0.1 to 1; not '2'");
		problem(Map.of("tableId", tableId, "analysis", "topics", "from", "2025-13-01"), 400, "invalid-request");
		problem(Map.of("tableId", tableId, "analysis", "topics", "count", 5), 400, "invalid-request");
	}

	private Map<String, Object> analyse(Map<String, Object> body) {
		// topics with three examples per term of every quarter and field run past 256 KiB
		return web.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.post()
			.uri("/api/complaints/analyses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> problem(Map<String, Object> body, int status, String type) {
		return web.post()
			.uri("/api/complaints/analyses")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class)
			.value(p -> assertThat(p.get("type")).isEqualTo("/problems/" + type))
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> upload(String fileName, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return web.post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}

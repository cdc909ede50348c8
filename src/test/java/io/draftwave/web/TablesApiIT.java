package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the default corpus over HTTP: the list with typed columns and units, a
 * table's card facts and rows a page at a time, questions answered with computed figures
 * (checked against the CSV files in {@code corpus/}), each analysis's chart and CSV, and
 * every problem a question or a page can meet.
 */
@SuppressWarnings("unchecked")
class TablesApiIT extends ServiceWithDefaultCorpus {

	private static final String COMPLAINTS = "민원 접수 현황 분야별 2023-2025";

	@Test
	void should_list_the_complaints_table_with_typed_columns_and_units() {
		// when
		Map<String, Object> table = complaintsTable();

		// then
		assertThat(table.get("rows")).isEqualTo(30);
		assertThat((String) table.get("documentId")).isNotBlank();
		List<Map<String, Object>> columns = (List<Map<String, Object>>) table.get("columns");
		assertThat(columns).extracting(c -> c.get("name") + ":" + c.get("type") + ":" + c.get("unit"))
			.startsWith("연도:year:", "분야:text:", "접수 건수:integer:", "비율(%):decimal:%", "기한 내 처리율(%):decimal:%",
					"평균 처리일수(일):decimal:일");
	}

	@Test
	void should_describe_a_table_with_its_value_ranges_and_categories() {
		// given
		String tableId = (String) complaintsTable().get("tableId");

		// when
		Map<String, Object> detail = get("/api/tables/{id}", tableId).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		List<Map<String, Object>> columns = (List<Map<String, Object>>) detail.get("columns");
		assertThat(columns.get(0)).containsEntry("name", "연도").containsEntry("range", List.of(2023, 2025));
		assertThat((List<String>) columns.get(1).get("values")).hasSize(10).startsWith("교통·주차", "도로·시설물");
		assertThat(columns.get(2)).containsEntry("range", List.of(5847, 58197));
		assertThat((String) detail.get("rowsUrl")).endsWith("/rows");
	}

	@Test
	void should_page_through_a_tables_rows_and_refuse_a_page_out_of_bounds() {
		// given
		String tableId = (String) complaintsTable().get("tableId");

		// when
		Map<String, Object> page = get("/api/tables/{id}/rows?offset=20&limit=3", tableId).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> past = get("/api/tables/{id}/rows?offset=30", tableId).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(page).containsEntry("offset", 20).containsEntry("limit", 3).containsEntry("rowCount", 30);
		List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("rows");
		assertThat(rows).extracting(r -> r.get("row")).containsExactly(21, 22, 23);
		assertThat(rows).extracting(r -> ((List<Object>) r.get("values")).subList(0, 3))
			.containsExactly(List.of(2025, "교통·주차", 54756), List.of(2025, "도로·시설물", 29034),
					List.of(2025, "환경·청소", 29619));
		assertThat((List<?>) past.get("rows")).isEmpty();
		for (String query : List.of("limit=0", "limit=1001", "offset=-1")) {
			problem(get("/api/tables/{id}/rows?" + query, tableId), 400, "invalid-request");
		}
		problem(get("/api/tables/{id}/rows", "no-such-table"), 404, "not-found");
		problem(get("/api/tables/{id}", "no-such-table"), 404, "not-found");
	}

	@Test
	void should_rank_the_three_fields_with_most_complaints_in_2025_and_keep_the_analysis() {
		// when
		Map<String, Object> analysis = ask("2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?");

		// then
		assertThat((List<List<Object>>) analysis.get("rows")).containsExactly(List.of("교통·주차", 54756.0),
				List.of("환경·청소", 29619.0), List.of("도로·시설물", 29034.0));
		assertThat((String) analysis.get("statement")).contains("교통·주차(54,756건)", "환경·청소(29,619건)", "도로·시설물(29,034건)");
		assertThat((String) analysis.get("description")).contains("2025");
		assertThat(analysis.get("title")).isEqualTo(COMPLAINTS);
		assertThat(analysis.get("sourceRows")).isEqualTo(List.of(21, 22, 23));
		assertThat(analysis.get("sourceRowCount")).isEqualTo(3);
		assertThat((Map<String, Object>) analysis.get("plan")).containsEntry("kind", "rank")
			.containsEntry("measure", "접수 건수")
			.containsEntry("limit", 3);
		assertThat((String) analysis.get("sql")).contains("\"접수 건수\"").doesNotContain("2025");
		assertThat((List<Object>) analysis.get("parameters")).contains(2025);
		String id = (String) analysis.get("analysisId");
		assertThat((Map<String, Object>) analysis.get("chart"))
			.containsEntry("svg", "/api/analyses/" + id + "/chart.svg")
			.containsEntry("png", "/api/analyses/" + id + "/chart.png");

		// when
		Map<String, Object> kept = get("/api/analyses/{id}", id).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		// then
		assertThat(kept).isEqualTo(analysis);
	}

	@Test
	void should_compute_the_change_of_traffic_complaints_from_2023_to_2025_in_percent() {
		// when: 54,756 / 52,943 = 1.0342, an increase of 1,813 or 3.4 %
		Map<String, Object> analysis = ask("2023년 대비 2025년 교통·주차 민원 접수 건수는 몇 퍼센트 늘었나요?");

		// then
		assertThat((List<Double>) analysis.get("figures")).containsExactly(54756.0, 52943.0, 1813.0, 3.4);
		assertThat(analysis.get("statement")).isEqualTo("2025년 교통·주차 민원 접수 건수는 54,756건으로 2023년(52,943건)보다 3.4% 늘었습니다.");
		assertThat(analysis.get("sourceRows")).isEqualTo(List.of(1, 21));
	}

	@Test
	void should_find_the_course_with_the_lowest_completion_rate_of_the_latest_year_without_the_totals() {
		// when: in 2025, Level 3 has 89.2 %, below 90.4, 91.3, 93.8, 96.8 and the total
		// row's
		// 93.7
		Map<String, Object> analysis = ask("레벨별 수료율이 가장 낮은 과정은?");

		// then
		List<List<Object>> rows = (List<List<Object>>) analysis.get("rows");
		assertThat(rows.get(0).get(0)).isEqualTo("공공데이터·통계 분석 심화");
		assertThat((List<Double>) analysis.get("figures")).containsExactly(89.2);
		assertThat((String) analysis.get("description")).contains("연도 = 2025", "합계 행 제외");
	}

	@Test
	void should_draw_the_chart_as_svg_and_png_and_export_the_result_as_csv_with_a_byte_order_mark() {
		// given
		String id = (String) ask("2025년에 민원 접수 건수가 가장 많은 분야 세 곳은?").get("analysisId");

		// when
		byte[] svg = bytes(get("/api/analyses/{id}/chart.svg", id), "image/svg+xml");
		byte[] png = bytes(get("/api/analyses/{id}/chart.png", id), "image/png");
		byte[] csv = bytes(get("/api/analyses/{id}/result.csv", id), "text/csv");

		// then
		String svgText = new String(svg, StandardCharsets.UTF_8);
		assertThat(svgText).contains("<svg", "</svg>", "교통·주차");
		assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).startsWith("분야,")
			.contains("\r\n교통·주차,54756\r\n환경·청소,29619\r\n도로·시설물,29034\r\n");
		get("/api/analyses/{id}/result.csv", id).expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=.*" + id + "\\.csv.*");
	}

	@Test
	void should_answer_no_table_with_the_closest_tables_when_no_table_holds_what_is_asked() {
		// when
		Map<String, Object> problem = problem(post(Map.of("question", "2025년 주차장 수는?")), 422, "no-table");

		// then: no table counts car parks; the tables covering 2025 come nearest, at most
		// three, in the same order every time
		assertThat(problem).containsEntry("title", "답할 수 있는 표 없음").containsEntry("question", "2025년 주차장 수는?");
		List<Map<String, Object>> closest = (List<Map<String, Object>>) problem.get("closest");
		assertThat(closest).isNotEmpty()
			.hasSizeLessThanOrEqualTo(3)
			.allSatisfy(t -> assertThat(t).containsKeys("tableId", "title", "columns"));
		Map<String, Object> again = problem(post(Map.of("question", "2025년 주차장 수는?")), 422, "no-table");
		assertThat(again.get("closest")).isEqualTo(closest);
	}

	@Test
	void should_ask_for_clarification_with_candidates_when_two_measures_fit() {
		// when
		Map<String, Object> problem = problem(post(Map.of("question", "2025년 교통·주차 처리 수치는?")), 422,
				"clarification-needed");

		// then
		assertThat((String) problem.get("reason")).isNotBlank();
		assertThat((List<String>) problem.get("candidates")).isNotEmpty();
		assertThat(problem).containsEntry("title", "질문 보완 필요").containsEntry("detail", problem.get("reason"));
	}

	@Test
	void should_refuse_an_empty_question_an_unknown_language_and_unknown_analyses() {
		problem(post(Map.of("question", " ")), 400, "invalid-request");
		problem(post(Map.of("question", "수료율 추이는?", "language", "fr")), 400, "invalid-request");
		problem(post(Map.of("question", "수료율 추이는?", "tableIds", List.of("no-such-table"))), 400, "invalid-request");
		problem(get("/api/analyses/{id}", "0123456789abcdef"), 404, "not-found");
		problem(get("/api/analyses/{id}/chart.svg", "0123456789abcdef"), 404, "not-found");
		problem(get("/api/analyses/{id}/result.csv", "0123456789abcdef"), 404, "not-found");
		Map<String, Object> single = ask("2025년 전체 수료율은?");
		assertThat(single).containsEntry("chart", null);
		problem(get("/api/analyses/{id}/chart.png", (String) single.get("analysisId")), 404, "not-found");
		Map<String, Object> english = problem(web.post()
			.uri("/api/analyses")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("question", "What is the population density of the city?"))
			.exchange(), 422, "no-table");
		assertThat(english).containsEntry("title", "No table answers the question");
	}

	private Map<String, Object> complaintsTable() {
		Map<String, Object> body = get("/api/tables", "").expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> tables = (List<Map<String, Object>>) body.get("tables");
		return tables.stream().filter(t -> COMPLAINTS.equals(t.get("title"))).findFirst().orElseThrow();
	}

	private Map<String, Object> ask(String question) {
		return post(Map.of("question", question)).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return web.post().uri("/api/analyses").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private WebTestClient.ResponseSpec get(String uri, String id) {
		return web.get().uri(uri, id).exchange();
	}

	private static byte[] bytes(WebTestClient.ResponseSpec response, String contentType) {
		return response.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(contentType)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> problem(WebTestClient.ResponseSpec response, int status, String slug) {
		Map<String, Object> problem = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem).containsEntry("type", "/problems/" + slug).containsEntry("status", status);
		return problem;
	}

}

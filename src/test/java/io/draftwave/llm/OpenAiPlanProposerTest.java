package io.draftwave.llm;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.tables.Analyses;
import io.draftwave.tables.Analysis;
import io.draftwave.tables.Answer;
import io.draftwave.tables.Filter;
import io.draftwave.tables.Plan;
import io.draftwave.tables.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's plan proposals through {@link Analyses}, against a WireMock server speaking
 * OpenAI's chat completions API: a fitting plan is used, anything else leaves the
 * question to the offline planner.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenAiPlanProposerTest {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	static final ObjectMapper JSON = new ObjectMapper();

	static final String RANK_QUESTION = "2025년 접수 건수가 가장 많은 분야는?";

	/** A question the offline planner asks back about (which year is "작년"?). */
	static final String ASK_BACK = "교통 민원은 작년보다 얼마나 늘었나?";

	@TempDir
	Path dir;

	Tables tables;

	String id;

	ModelConnections connections;

	@BeforeEach
	void load() throws Exception {
		tables = Tables.open(dir.resolve("data"));
		id = tables.load("d", "민원 접수 현황", Files.writeString(dir.resolve("t.csv"), """
				연도,분야,접수 건수,처리율(%)
				2024,교통,120,91.5
				2024,환경,80,88.0
				2024,복지,60,95.0
				2025,교통,150,92.0
				2025,환경,70,90.5
				2025,복지,90,96.0
				""")).getFirst().tableId();
		connections = new ModelConnections(Duration.ofSeconds(5));
	}

	@AfterEach
	void close() {
		connections.close();
		tables.close();
	}

	@Test
	void should_run_the_models_plan_sending_the_schema_and_the_cards_with_personal_data_masked() throws Exception {
		// given
		stubPlan(change("교통"));

		// when
		Answer answer = analyses(Duration.ofSeconds(5)).ask("교통 민원은 작년보다 얼마나 늘었나? 담당 010-1234-5678", "ko", List.of());

		// then the model's plan ran, where the offline planner asks back
		assertThat(new Analyses(tables).ask("교통 민원은 작년보다 얼마나 늘었나? 담당 010-1234-5678", "ko", List.of()))
			.isNotInstanceOf(Analysis.class);
		assertThat(answer).isInstanceOfSatisfying(Analysis.class, a -> {
			assertThat(a.plan()).isEqualTo(new Plan.Change(id, "접수 건수", "연도", 2024, 2025, Plan.Function.SUM,
					Plan.Rows.DETAIL, List.of(Filter.equalTo("분야", "교통"))));
			assertThat(a.figures()).containsExactly(150.0, 120.0, 30.0, 25.0);
		});
		// and the request asked for the strict schema at temperature 0 with the cards
		JsonNode body = onlyRequest();
		assertThat(body.path("temperature").asDouble(-1)).isZero();
		assertThat(body.path("stream").asBoolean(false)).isFalse();
		JsonNode format = body.path("response_format");
		assertThat(format.path("type").asText()).isEqualTo("json_schema");
		assertThat(format.path("json_schema").path("name").asText()).isEqualTo(PlanJson.NAME);
		assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
		assertThat(format.path("json_schema").path("schema").path("properties").path("operation").path("enum"))
			.extracting(JsonNode::asText)
			.containsExactly("aggregate", "rank", "change", "share", "trend", "none");
		String user = body.path("messages").path(1).path("content").asText();
		assertThat(user)
			.contains("table " + id + ": 민원 접수 현황 (6 rows)", "- 연도 [year] 2024 ~ 2025",
					"- 분야 [text]: \"교통\", \"환경\", \"복지\"", "- 처리율(%) [decimal, %] 88.0 ~ 96.0",
					"Language of the answer: ko")
			.contains("[전화번호]")
			.doesNotContain("010-1234-5678");
		assertThat(body.path("messages").path(0).path("content").asText()).contains("never write SQL");
	}

	@Test
	void should_not_ask_the_model_when_the_offline_planner_answers() {
		// given a model that would propose another plan
		stubPlan(change("교통"));

		// when
		Answer answer = analyses(Duration.ofSeconds(5)).ask(RANK_QUESTION, "ko", List.of());

		// then the offline plan ran and no request reached the model
		assertThat(answer).isInstanceOfSatisfying(Analysis.class,
				a -> assertThat(a.rows()).containsExactly(List.of("교통", 150.0)));
		server.verify(0, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void should_refuse_an_unknown_column_logging_why_and_answer_offline(CapturedOutput output) {
		// given
		ObjectNode plan = rank();
		plan.put("measure", "처리 일수");
		stubPlan(plan);

		// when
		Answer answer = analyses(Duration.ofSeconds(5)).ask(ASK_BACK, "ko", List.of());

		// then
		assertOffline(answer);
		assertThat(output).contains("Refused the proposed rank plan, planning offline: measure: the table 민원 접수 현황 "
				+ "has no column \"처리 일수\" (columns: 연도, 분야, 접수 건수, 처리율(%))");
	}

	@Test
	void should_refuse_sql_in_a_value_and_answer_offline(CapturedOutput output) {
		// given
		ObjectNode plan = rank();
		((ObjectNode) plan.withArray("filters").get(0)).put("column", "분야").put("value", "'; DROP TABLE x; --");
		stubPlan(plan);

		// when
		Answer answer = analyses(Duration.ofSeconds(5)).ask(ASK_BACK, "ko", List.of());

		// then
		assertOffline(answer);
		assertThat(output).contains("filters[0].value: \"'; DROP TABLE x; --\" is not a value of 분야");
		assertThat(tables.list()).hasSize(1);
	}

	@Test
	void should_answer_offline_when_the_reply_is_malformed_json() {
		// given
		stubContent("{\"operation\": \"rank\", \"tableId\": ");

		// then
		assertOffline(analyses(Duration.ofSeconds(5)).ask(ASK_BACK, "ko", List.of()));
	}

	@Test
	void should_answer_offline_after_one_call_when_the_server_fails() {
		// given
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}")));

		// then
		assertOffline(analyses(Duration.ofSeconds(5)).ask(ASK_BACK, "ko", List.of()));
		server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
	}

	@Test
	void should_answer_offline_without_waiting_for_a_reply_past_the_timeout(CapturedOutput output) {
		// given
		server.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(completion(change("교통").toString()).withFixedDelay(4000)));
		long start = System.nanoTime();

		// when
		Answer answer = analyses(Duration.ofMillis(500)).ask(ASK_BACK, "ko", List.of());

		// then
		assertOffline(answer);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));
		assertThat(output)
			.contains("No plan was proposed, planning offline: the language model did not answer within 500 ms");
	}

	@Test
	void should_answer_offline_when_the_model_sees_no_plan() {
		// given
		stubContent(
				"{\"operation\":\"none\",\"tableId\":\"\",\"measure\":\"\",\"function\":\"SUM\",\"rows\":\"DETAIL\","
						+ "\"category\":\"\",\"value\":\"\",\"period\":\"\",\"limit\":0,\"highest\":false,\"from\":0,\"to\":0,"
						+ "\"filters\":[]}");

		// then
		assertOffline(analyses(Duration.ofSeconds(5)).ask(ASK_BACK, "ko", List.of()));
	}

	@Test
	void should_ask_in_json_mode_from_then_on_when_the_server_refuses_the_schema() throws Exception {
		// given
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("json_schema"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"response_format json_schema is not supported\"}}")));
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("json_object"))
			.willReturn(completion("```json\n" + change("교통") + "\n```")));
		Analyses analyses = analyses(Duration.ofSeconds(5));

		// when
		Answer first = analyses.ask("교통 민원은 작년보다 얼마나 늘었나?", "ko", List.of());
		Answer second = analyses.ask("교통 민원은 작년보다 얼마나 늘었나?", "ko", List.of());

		// then
		assertThat(List.of(first, second))
			.allSatisfy(a -> assertThat(((Analysis) a).figures()).startsWith(150.0, 120.0));
		server.verify(1,
				postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("json_schema")));
		server.verify(2,
				postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("json_object")));
	}

	Analyses analyses(Duration timeout) {
		LlmProperties properties = new LlmProperties(URI.create(server.baseUrl() + "/v1"), "test-key", "test-model",
				Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(5), 0.2);
		return new Analyses(tables, new OpenAiPlanProposer(properties, new KoreanPiiMasker(), connections, timeout));
	}

	void assertOffline(Answer answer) {
		Answer offline = new Analyses(tables).ask(ASK_BACK, "ko", List.of());
		assertThat(offline).isNotInstanceOf(Analysis.class);
		assertThat(answer).isEqualTo(offline);
	}

	ObjectNode rank() {
		ObjectNode plan = plan("rank");
		plan.put("measure", "접수 건수").put("category", "분야").put("limit", 1).put("highest", true);
		plan.withArray("filters")
			.addObject()
			.put("column", "연도")
			.put("kind", "EQUALS")
			.put("value", "2025")
			.put("upTo", "");
		return plan;
	}

	ObjectNode change(String category) {
		ObjectNode plan = plan("change");
		plan.put("measure", "접수 건수").put("period", "연도").put("from", 2024).put("to", 2025);
		plan.withArray("filters")
			.addObject()
			.put("column", "분야")
			.put("kind", "EQUALS")
			.put("value", category)
			.put("upTo", "");
		return plan;
	}

	ObjectNode plan(String operation) {
		ObjectNode plan = JSON.createObjectNode();
		plan.put("operation", operation).put("tableId", id).put("measure", "").put("function", "SUM");
		plan.put("rows", "DETAIL").put("category", "").put("value", "").put("period", "");
		plan.put("limit", 0).put("highest", false).put("from", 0).put("to", 0).putArray("filters");
		return plan;
	}

	static void stubPlan(ObjectNode plan) {
		stubContent(plan.toString());
	}

	static void stubContent(String content) {
		server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(completion(content)));
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String content) {
		ObjectNode body = JSON.createObjectNode();
		body.put("id", "c1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
		ObjectNode choice = body.putArray("choices").addObject();
		choice.put("index", 0).put("finish_reason", "stop");
		choice.putObject("message").put("role", "assistant").put("content", content);
		body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
	}

	static JsonNode onlyRequest() throws Exception {
		List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
		assertThat(requests).hasSize(1);
		assertThat(requests.getFirst().getHeader("Authorization")).isEqualTo("Bearer test-key");
		return JSON.readTree(requests.getFirst().getBodyAsString());
	}

}

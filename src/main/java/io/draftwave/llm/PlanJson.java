package io.draftwave.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.draftwave.tables.PlanProposal;

/**
 * The closed plan shape a model answers in, as a JSON schema, and the reading of its
 * answer into a {@link PlanProposal}. Every field is required and no other is allowed, as
 * OpenAI's strict mode wants; a field the operation does not use is {@code ""}, 0 or
 * false. Operation {@code none} means the model sees no plan. Reading checks the shape
 * only (a field of the wrong JSON type is refused); whether names and values fit the
 * table is for the tables' own check. Worked example: {@code {"operation":"rank",
 * "tableId":"t1","measure":"접수 건수","category":"분야","limit":3,"highest":true,…}} becomes a
 * rank proposal; {@code ```json {…} ```} is read without its fence.
 */
final class PlanJson {

	/** The schema's name, as the server sees it. */
	static final String NAME = "draftwave_plan";

	static final List<String> OPERATIONS = List.of("aggregate", "rank", "change", "share", "trend", "none");

	private static final ObjectMapper JSON = new ObjectMapper();

	static final JsonSchema SCHEMA = JsonSchema.builder().name(NAME).rootElement(plan()).build();

	private PlanJson() {
	}

	private static JsonObjectSchema plan() {
		JsonObjectSchema filter = JsonObjectSchema.builder()
			.addStringProperty("column", "a column name, copied exactly")
			.addEnumProperty("kind", List.of("EQUALS", "BETWEEN", "YEAR"))
			.addStringProperty("value", "a listed value of the column, a number, a year or a date (yyyy-mm-dd)")
			.addStringProperty("upTo", "the upper bound of BETWEEN, else empty")
			.required("column", "kind", "value", "upTo")
			.additionalProperties(false)
			.build();
		return JsonObjectSchema.builder()
			.addEnumProperty("operation", OPERATIONS)
			.addStringProperty("tableId", "one of the listed table ids")
			.addStringProperty("measure", "the number column the figures come from")
			.addEnumProperty("function", List.of("SUM", "AVERAGE", "COUNT", "MIN", "MAX"))
			.addEnumProperty("rows", List.of("DETAIL", "TOTALS"))
			.addStringProperty("category", "rank: the column ranked; share: the column of the value")
			.addStringProperty("value", "share: the category value")
			.addStringProperty("period", "change, trend: the year or date column")
			.addIntegerProperty("limit", "rank: how many places")
			.addBooleanProperty("highest", "rank: largest first")
			.addIntegerProperty("from", "change: the earlier year")
			.addIntegerProperty("to", "change: the later year")
			.addProperty("filters", JsonArraySchema.builder().items(filter).build())
			.required("operation", "tableId", "measure", "function", "rows", "category", "value", "period", "limit",
					"highest", "from", "to", "filters")
			.additionalProperties(false)
			.build();
	}

	/**
	 * The proposal in the model's answer; empty for operation {@code none}.
	 * @throws IllegalArgumentException when the answer is not a JSON object of the plan's
	 * shape
	 */
	static Optional<PlanProposal> read(String answer) {
		JsonNode root;
		try {
			root = JSON.readTree(unfenced(answer));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("the model's plan is not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new IllegalArgumentException("the model's plan is not a JSON object");
		}
		String operation = text(root, "operation");
		if (operation.equals("none")) {
			return Optional.empty();
		}
		JsonNode filters = root.path("filters");
		if (!filters.isMissingNode() && !filters.isNull() && !filters.isArray()) {
			throw new IllegalArgumentException("the model's plan has filters that are not a list");
		}
		List<PlanProposal.Condition> conditions = new ArrayList<>();
		for (JsonNode filter : filters.isArray() ? filters : JSON.createArrayNode()) {
			if (!filter.isObject()) {
				throw new IllegalArgumentException("the model's plan has a filter that is not an object");
			}
			conditions.add(new PlanProposal.Condition(text(filter, "column"), text(filter, "kind"),
					text(filter, "value"), text(filter, "upTo")));
		}
		return Optional.of(new PlanProposal(operation, text(root, "tableId"), text(root, "measure"),
				text(root, "function"), text(root, "rows"), text(root, "category"), text(root, "value"),
				text(root, "period"), integer(root, "limit"), bool(root, "highest"), integer(root, "from"),
				integer(root, "to"), conditions));
	}

	private static String unfenced(String answer) {
		String text = answer.strip();
		if (text.startsWith("```")) {
			text = text.substring(text.indexOf('\n') + 1);
			text = text.endsWith("```") ? text.substring(0, text.length() - 3) : text;
		}
		return text;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (!value.isTextual() && !value.isNumber()) {
			throw new IllegalArgumentException("the model's plan has a " + field + " that is not text");
		}
		// a number where text is asked (a filter's year) is read as written
		return value.asText();
	}

	private static int integer(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return 0;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new IllegalArgumentException("the model's plan has a " + field + " that is not a whole number");
		}
		return value.intValue();
	}

	private static boolean bool(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isMissingNode() && !value.isNull() && !value.isBoolean()) {
			throw new IllegalArgumentException("the model's plan has a " + field + " that is not true or false");
		}
		return value.asBoolean(false);
	}

}

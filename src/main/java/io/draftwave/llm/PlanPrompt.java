package io.draftwave.llm;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.draftwave.tables.Column;
import io.draftwave.tables.ColumnType;
import io.draftwave.tables.TableCard;

/**
 * What a model is told to propose a plan: the rules of the closed plan shape, then the
 * question and the candidate tables, one compact card each. Worked example of a card:
 *
 * <pre>
 * table t1: 민원 접수 현황 (6 rows)
 * - 연도 [year] 2024 ~ 2025
 * - 분야 [text]: "교통", "환경", "복지"
 * - 접수 건수 [integer] 60 ~ 150
 * - 처리율(%) [decimal, %] 88.0 ~ 96.0
 * </pre>
 *
 * A category column lists at most {@value #SHOWN_VALUES} values; the model may still name
 * another value of the column that the question names.
 */
final class PlanPrompt {

	/** The most values of one column a card lists. */
	static final int SHOWN_VALUES = 20;

	static final String SYSTEM = """
			You turn a question about statistical tables into one analysis plan: a JSON object of the given \
			shape, nothing else. You never write SQL or code; the plan names a table, its columns and its values \
			exactly as listed, and Draftwave computes the figures.
			Operations:
			- aggregate: one value, the function over the measure of the filtered rows.
			- rank: the first `limit` values of the `category` column by the function over the measure; \
			`highest` true for the largest first.
			- change: the measure in year `from` and in year `to` of the `period` column.
			- share: the part of the measure's total made up by the rows where `category` equals `value`.
			- trend: the measure per year of the `period` column.
			Rules: `tableId` is one of the listed table ids. `measure`, `category`, `period` and each filter's \
			`column` are column names copied exactly. A filter on a text column has one of its values, copied \
			exactly; years have four digits. Filter kind EQUALS compares one value, BETWEEN a range from `value` \
			to `upTo` (both included), YEAR the year of a year or date column. `rows` is TOTALS only to read a \
			table's total rows, else DETAIL. A question naming a year filters on it. Fields the operation does \
			not use are "", 0 or false.
			When no listed table answers the question, or it could mean several things, answer with operation \
			"none".""";

	private PlanPrompt() {
	}

	/** The user message: the question, the language of the answer and the cards. */
	static String user(String question, String language, List<TableCard> cards) {
		StringBuilder text = new StringBuilder();
		text.append("Question: ").append(question).append('\n');
		text.append("Language of the answer: ").append(language).append("\n\nTables:\n");
		for (TableCard card : cards) {
			text.append(card(card)).append('\n');
		}
		return text.toString();
	}

	static String card(TableCard card) {
		StringBuilder text = new StringBuilder();
		text.append("table ")
			.append(card.table().tableId())
			.append(": ")
			.append(card.table().title())
			.append(" (")
			.append(card.table().rows())
			.append(" rows");
		if (card.table().totalRows() > 0) {
			text.append(", ").append(card.table().totalRows()).append(" of them totals");
		}
		text.append(")\n");
		for (Column column : card.table().columns()) {
			text.append("- ").append(column.name()).append(" [").append(column.type().name().toLowerCase(Locale.ROOT));
			if (!column.unit().isEmpty()) {
				text.append(", ").append(column.unit());
			}
			text.append(']');
			List<Object> range = card.ranges().get(column.name());
			if (range != null && range.size() == 2) {
				text.append(' ').append(range.get(0)).append(" ~ ").append(range.get(1));
			}
			List<String> values = card.values().get(column.name());
			if (values != null && column.type() == ColumnType.TEXT) {
				text.append(": ")
					.append(values.stream()
						.limit(SHOWN_VALUES)
						.map(v -> '"' + v + '"')
						.collect(Collectors.joining(", ")));
				if (values.size() > SHOWN_VALUES) {
					text.append(", … (").append(values.size()).append(" values)");
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

}

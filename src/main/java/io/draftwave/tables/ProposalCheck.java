package io.draftwave.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a {@link PlanProposal} against its table and makes it a {@link Plan}, or refuses
 * it naming the field and why. Rules: the table is one of the candidates; the operation,
 * function, rows and filter kinds are of the closed sets; every column exists; a measure
 * holds numbers (any column may be counted); a rank is by a text or year column, a share
 * of a text column, a change or trend over a year or date column; a text value is a value
 * of its column (from the card, or the table itself for columns with too many values to
 * list); a year is 1900 to 2099, a number a number, a date a date; {@code TOTALS} needs
 * total rows; a rank asks for 1 to {@value PlanProposal#MAX_PLACES} places. Worked
 * example: a filter {@code 분야 = '; DROP TABLE x; --} is refused as
 * {@code filters[0].value: "'; DROP TABLE x; --" is not a value of 분야 (values: 교통, 환경)}.
 */
final class ProposalCheck {

	/** A proposal that does not fit its table; the message names the field and why. */
	static final class Refused extends TableException {

		Refused(String field, String why) {
			super(field + ": " + why);
		}

	}

	private static final List<String> OPERATIONS = List.of("aggregate", "rank", "change", "share", "trend");

	private static final int SHOWN_VALUES = 10;

	private final Tables tables;

	ProposalCheck(Tables tables) {
		this.tables = tables;
	}

	/**
	 * The plan and its card.
	 * @throws Refused when any field does not fit
	 */
	QuestionPlanner.Planned check(PlanProposal p, List<TableCard> cards) {
		TableCard card = cards.stream()
			.filter(c -> c.table().tableId().equals(p.tableId()))
			.findFirst()
			.orElseThrow(() -> new Refused("tableId", quoted(p.tableId()) + " is not one of the candidate tables "
					+ cards.stream().map(c -> c.table().tableId()).toList()));
		if (!OPERATIONS.contains(p.operation())) {
			throw new Refused("operation", quoted(p.operation()) + " is not one of " + OPERATIONS);
		}
		String id = card.table().tableId();
		List<Filter> filters = filters(p.filters(), card);
		return new QuestionPlanner.Planned(card, switch (p.operation()) {
			case "aggregate" -> {
				Plan.Function function = function(p.function());
				yield new Plan.Aggregate(id, measure(card, p.measure(), function), function, rows(card, p.rows()),
						filters);
			}
			case "rank" -> {
				Plan.Function function = function(p.function());
				if (p.limit() < 1 || p.limit() > PlanProposal.MAX_PLACES) {
					throw new Refused("limit", p.limit() + " is not from 1 to " + PlanProposal.MAX_PLACES);
				}
				yield new Plan.Rank(id, measure(card, p.measure(), function), column(card, "category", p.category(),
						c -> c.type() == ColumnType.TEXT || c.type() == ColumnType.YEAR, "a text or year column"),
						function, p.limit(), p.highest(), filters);
			}
			case "change" -> {
				Plan.Function function = function(p.function());
				int from = year("from", p.from());
				int to = year("to", p.to());
				if (from == to) {
					throw new Refused("to", "a change needs two different years, not " + from + " twice");
				}
				yield new Plan.Change(id, measure(card, p.measure(), function), period(card, p.period()), from, to,
						function, rows(card, p.rows()), filters);
			}
			case "share" -> {
				String category = column(card, "category", p.category(), c -> c.type() == ColumnType.TEXT,
						"a text column");
				String value = (String) typed(card, card.table().column(category).orElseThrow(), "value", p.value());
				yield new Plan.Share(id, measure(card, p.measure(), Plan.Function.SUM), category, value, filters);
			}
			default -> {
				Plan.Function function = function(p.function());
				yield new Plan.Trend(id, measure(card, p.measure(), function), period(card, p.period()), function,
						rows(card, p.rows()), filters);
			}
		});
	}

	private List<Filter> filters(List<PlanProposal.Condition> conditions, TableCard card) {
		if (conditions.size() > PlanProposal.MAX_FILTERS) {
			throw new Refused("filters", conditions.size() + " conditions, at most " + PlanProposal.MAX_FILTERS);
		}
		List<Filter> filters = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			PlanProposal.Condition condition = conditions.get(i);
			String field = "filters[" + i + "]";
			Column column = card.table()
				.column(column(card, field + ".column", condition.column(), c -> true, "a column"))
				.orElseThrow();
			Filter.Kind kind = constant(Filter.Kind.class, field + ".kind", condition.kind());
			if ((kind == Filter.Kind.BETWEEN) == condition.upTo().isBlank()) {
				throw new Refused(field + ".upTo", "only a BETWEEN condition has an upper bound");
			}
			filters.add(switch (kind) {
				case EQUALS -> Filter.equalTo(column.name(), typed(card, column, field + ".value", condition.value()));
				case BETWEEN -> between(card, column, field, condition);
				case YEAR -> {
					if (column.type() != ColumnType.YEAR && column.type() != ColumnType.DATE) {
						throw new Refused(field + ".column",
								quoted(column.name()) + " holds no years or dates, which a YEAR condition needs");
					}
					Integer year = Cells.year(condition.value());
					if (year == null) {
						throw new Refused(field + ".value",
								quoted(condition.value()) + " is not a year (1900 to 2099)");
					}
					yield Filter.year(column.name(), year);
				}
			});
		}
		return filters;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Filter between(TableCard card, Column column, String field, PlanProposal.Condition condition) {
		if (column.type() == ColumnType.TEXT) {
			throw new Refused(field + ".kind", "a BETWEEN condition needs a number, year or date column, not "
					+ quoted(column.name()) + ", which holds text");
		}
		Object low = typed(card, column, field + ".value", condition.value());
		Object high = typed(card, column, field + ".upTo", condition.upTo());
		boolean ordered = low instanceof Number a && high instanceof Number b ? a.doubleValue() <= b.doubleValue()
				: ((Comparable) low).compareTo(high) <= 0;
		if (!ordered) {
			throw new Refused(field + ".upTo", quoted(condition.upTo()) + " lies below " + quoted(condition.value()));
		}
		return Filter.between(column.name(), low, high);
	}

	/** The value as its column's type, a text value only when the column holds it. */
	private Object typed(TableCard card, Column column, String field, String value) {
		return switch (column.type()) {
			case TEXT -> {
				if (!holds(card, column, value)) {
					List<String> values = card.values().getOrDefault(column.name(), List.of());
					throw new Refused(field,
							quoted(value) + " is not a value of " + column.name()
									+ (values.isEmpty() ? "" : " (values: "
											+ values.stream().limit(SHOWN_VALUES).collect(Collectors.joining(", "))
											+ (values.size() > SHOWN_VALUES ? ", …" : "") + ")"));
				}
				yield value;
			}
			case YEAR -> {
				Integer year = Cells.year(value);
				if (year == null) {
					throw new Refused(field, quoted(value) + " is not a year (1900 to 2099)");
				}
				yield year;
			}
			case INTEGER, DECIMAL -> {
				var number = Cells.number(value);
				if (number == null) {
					throw new Refused(field, quoted(value) + " is not a number, which " + column.name() + " holds");
				}
				yield column.type() == ColumnType.INTEGER && number.stripTrailingZeros().scale() <= 0
						? (Object) number.longValue() : (Object) number.doubleValue();
			}
			case DATE -> {
				LocalDate date = Cells.date(value);
				if (date == null) {
					throw new Refused(field,
							quoted(value) + " is not a date (yyyy-mm-dd), which " + column.name() + " holds");
				}
				yield date;
			}
		};
	}

	private boolean holds(TableCard card, Column column, String value) {
		List<String> values = card.values().get(column.name());
		if (values != null) {
			return values.contains(value);
		}
		// a column with more values than a card lists: ask the table, the value bound
		return !tables
			.query("SELECT 1 FROM " + Sql.dataTable(card.table().tableId()) + " WHERE " + Sql.identifier(column.name())
					+ " = ? LIMIT 1", List.of(value))
			.isEmpty();
	}

	private static String measure(TableCard card, String name, Plan.Function function) {
		return column(card, "measure", name, c -> function == Plan.Function.COUNT || c.type().isNumeric(),
				"a number column");
	}

	private static String period(TableCard card, String name) {
		return column(card, "period", name, c -> c.type() == ColumnType.YEAR || c.type() == ColumnType.DATE,
				"a year or date column");
	}

	/** The column's name once it exists and fits. */
	private static String column(TableCard card, String field, String name, Predicate<Column> fits, String what) {
		TableInfo table = card.table();
		Column column = table.column(name)
			.orElseThrow(() -> new Refused(field,
					"the table " + table.title() + " has no column " + quoted(name) + " (columns: "
							+ table.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ")"));
		if (!fits.test(column)) {
			throw new Refused(field, quoted(name) + " holds " + column.type().name().toLowerCase(Locale.ROOT)
					+ " values; " + field + " needs " + what + ": "
					+ table.columns().stream().filter(fits).map(Column::name).collect(Collectors.joining(", ")));
		}
		return column.name();
	}

	private static Plan.Function function(String name) {
		return constant(Plan.Function.class, "function", name);
	}

	private static Plan.Rows rows(TableCard card, String name) {
		Plan.Rows rows = constant(Plan.Rows.class, "rows", name);
		if (rows == Plan.Rows.TOTALS && card.table().totalRows() == 0) {
			throw new Refused("rows", "the table " + card.table().title() + " has no total rows; use DETAIL");
		}
		return rows;
	}

	private static int year(String field, int year) {
		if (year < 1900 || year > 2099) {
			throw new Refused(field, year + " is not a year (1900 to 2099)");
		}
		return year;
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String field, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		throw new Refused(field, quoted(name) + " is not one of " + List.of(type.getEnumConstants()));
	}

	/** The text in quotes for a log line: control characters replaced, cut at 80. */
	private static String quoted(String text) {
		String shown = text.replaceAll("\\p{Cntrl}", "?");
		return "\"" + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown) + "\"";
	}

}

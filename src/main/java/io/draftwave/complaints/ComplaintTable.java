package io.draftwave.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.draftwave.tables.Column;
import io.draftwave.tables.TableInfo;
import io.draftwave.tables.TableRows;
import io.draftwave.tables.Tables;
import org.jspecify.annotations.Nullable;

/**
 * A typed table recognised as a complaint data set, and which column plays which role.
 * Recognised: a column of long free texts ({@link Role#TEXT}) and a date column
 * ({@link Role#RECEIVED}); the other roles are found when the table has them. Example:
 * the columns {@code 접수일, 분야, 자치구, 장소, 처리부서, 처리일수, 처리상태, 민원 내용} give all eight roles;
 * {@code opened, category, address, days to close, description} gives received, field,
 * place, handling days and text.
 *
 * @param table the table
 * @param columns the column of each role found
 */
public record ComplaintTable(TableInfo table, Map<Role, Column> columns) {

	/** Rows read at a time by {@link #complaints}. */
	private static final int PAGE = 10_000;

	/** What a column holds for complaint analysis. */
	public enum Role {

		/** The complaint as written: free text, on average at least 20 characters. */
		TEXT,
		/** The day it was received. */
		RECEIVED,
		/** Its field or category. */
		FIELD,
		/** The district ({@code 자치구}, {@code 행정동}). */
		DISTRICT,
		/** The place: address, landmark or spot. */
		PLACE,
		/** Latitude, used as the place (rounded) when there is no place column. */
		LATITUDE,
		/** Longitude, with {@link #LATITUDE}. */
		LONGITUDE,
		/** The department that handled it. */
		DEPARTMENT,
		/** The handling time in days, a number. */
		HANDLING_DAYS,
		/** The handling status. */
		STATUS

	}

	public ComplaintTable {
		Objects.requireNonNull(table, "table");
		columns = Map.copyOf(columns);
		if (!columns.containsKey(Role.TEXT) || !columns.containsKey(Role.RECEIVED)) {
			throw new IllegalArgumentException("a complaint table needs a text and a received column");
		}
	}

	/**
	 * The table as a complaint table, when it has a column of long free texts and a date
	 * column; empty otherwise.
	 * @param sample some of its rows (the first hundred or so), in column order, read to
	 * tell long texts from short labels
	 */
	public static Optional<ComplaintTable> recognise(TableInfo table, List<List<Object>> sample) {
		return ComplaintColumns.recognise(table, sample).map(roles -> new ComplaintTable(table, roles));
	}

	/**
	 * The recognised complaint tables among the stored tables, in {@link Tables#list()}
	 * order.
	 */
	public static List<ComplaintTable> find(Tables tables) {
		List<ComplaintTable> found = new ArrayList<>();
		for (TableInfo table : tables.list()) {
			recognise(table, tables.rows(table.tableId(), 0, ComplaintColumns.SAMPLE).rows()).ifPresent(found::add);
		}
		return found;
	}

	/**
	 * Every complaint of the table in row order; total rows and rows without a date or a
	 * text are left out.
	 */
	public List<Complaint> complaints(Tables tables) {
		List<Complaint> complaints = new ArrayList<>();
		for (long offset = 0;; offset += PAGE) {
			TableRows page = tables.rows(table.tableId(), offset, PAGE);
			for (int i = 0; i < page.rows().size(); i++) {
				if (!page.totals().get(i)) {
					complaint(page.rowNumbers().get(i), page.rows().get(i)).ifPresent(complaints::add);
				}
			}
			if (page.rows().size() < PAGE) {
				return complaints;
			}
		}
	}

	Optional<Complaint> complaint(int row, List<Object> values) {
		Object received = value(Role.RECEIVED, values);
		String text = text(Role.TEXT, values);
		if (!(received instanceof LocalDate day) || text.isBlank()) {
			return Optional.empty();
		}
		Object days = value(Role.HANDLING_DAYS, values);
		Integer handling = days instanceof Number n ? (Integer) (int) Math.round(n.doubleValue()) : null;
		return Optional.of(new Complaint(row, day, text(Role.FIELD, values), text(Role.DISTRICT, values), place(values),
				text(Role.DEPARTMENT, values), handling, text(Role.STATUS, values), text));
	}

	private String place(List<Object> values) {
		String place = text(Role.PLACE, values);
		if (!place.isEmpty() || !columns.containsKey(Role.LATITUDE) || !columns.containsKey(Role.LONGITUDE)) {
			return place;
		}
		// about a hundred metres: complaints about one spot fall on one place
		if (value(Role.LATITUDE, values) instanceof Number lat && value(Role.LONGITUDE, values) instanceof Number lon) {
			return String.format(Locale.ROOT, "%.3f,%.3f", lat.doubleValue(), lon.doubleValue());
		}
		return "";
	}

	private String text(Role role, List<Object> values) {
		Object value = value(role, values);
		return value == null ? "" : value.toString().strip();
	}

	private @Nullable Object value(Role role, List<Object> values) {
		Column column = columns.get(role);
		return column == null ? null : values.get(table.columns().indexOf(column));
	}

	/** The roles and their columns, in role order, for showing. */
	public Map<Role, String> columnNames() {
		Map<Role, String> names = new EnumMap<>(Role.class);
		columns.forEach((role, column) -> names.put(role, column.name()));
		return names;
	}

}

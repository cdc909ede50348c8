package io.draftwave.tables;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text pieces. Identifiers are always double-quoted with inner quotes doubled, so a
 * column named {@code a"; DROP TABLE x; --} stays one identifier; values are never
 * written into SQL text, they are bound parameters.
 */
final class Sql {

	private Sql() {
	}

	static String identifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	static String dataTable(String tableId) {
		return identifier("t_" + tableId);
	}

	static String columnType(ColumnType type) {
		return switch (type) {
			case INTEGER -> "BIGINT";
			case DECIMAL -> "DOUBLE";
			case DATE -> "DATE";
			case YEAR -> "INTEGER";
			case TEXT -> "VARCHAR";
		};
	}

	static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Object value = parameters.get(i);
			statement.setObject(i + 1, value instanceof LocalDate d ? Date.valueOf(d) : value);
		}
	}

	/** Runs a query with bound parameters and reads all its rows. */
	static List<Object[]> query(java.sql.Connection connection, String sql, List<Object> parameters)
			throws SQLException {
		try (PreparedStatement st = connection.prepareStatement(sql)) {
			bind(st, parameters);
			try (ResultSet rs = st.executeQuery()) {
				return rows(rs);
			}
		}
	}

	/**
	 * Every row of the result as Java values (dates as {@link LocalDate}, lists as
	 * {@link List}).
	 */
	static List<Object[]> rows(ResultSet rs) throws SQLException {
		int n = rs.getMetaData().getColumnCount();
		List<Object[]> rows = new ArrayList<>();
		while (rs.next()) {
			Object[] row = new Object[n];
			for (int c = 0; c < n; c++) {
				Object value = rs.getObject(c + 1);
				row[c] = switch (value) {
					case Date d -> d.toLocalDate();
					case java.math.BigDecimal b -> b.doubleValue();
					case java.math.BigInteger b -> b.longValue();
					case Short s -> s.longValue();
					case java.sql.Array a -> java.util.Arrays.asList((Object[]) a.getArray());
					case null, default -> value;
				};
			}
			rows.add(row);
		}
		return rows;
	}

}

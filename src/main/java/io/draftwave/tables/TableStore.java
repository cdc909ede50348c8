package io.draftwave.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps shaped tables in the database: one SQL table {@code t_<tableId>} per table
 * (columns {@code _row}, the data row number from 1, and {@code _total}, the total-row
 * flag, before the table's own columns under their header names), the metadata tables
 * {@code dw_tables} and {@code dw_columns}, and {@code dw_extractions}: for each document
 * whose tables were loaded (none included), the extraction version that read them.
 */
final class TableStore {

	private final TableDatabase database;

	TableStore(TableDatabase database) {
		this.database = database;
	}

	/**
	 * Replaces the document's tables by these, read by extraction {@code version}, in one
	 * transaction.
	 */
	List<TableInfo> replace(String documentId, List<ShapedTable> tables, int version) {
		return database.write(connection -> {
			dropDocument(connection, documentId);
			List<TableInfo> stored = new ArrayList<>();
			for (int i = 0; i < tables.size(); i++) {
				if (!tables.get(i).columns().isEmpty()) {
					stored.add(insert(connection, tables.get(i), i));
				}
			}
			try (PreparedStatement st = connection.prepareStatement("INSERT INTO dw_extractions VALUES (?, ?)")) {
				Sql.bind(st, List.of(documentId, version));
				st.executeUpdate();
			}
			return stored;
		});
	}

	/** The documents whose tables extraction {@code version} loaded. */
	Set<String> extractedBy(int version) {
		return database.read(connection -> {
			Set<String> documents = new HashSet<>();
			try (PreparedStatement st = connection
				.prepareStatement("SELECT document_id FROM dw_extractions WHERE version = ?")) {
				st.setInt(1, version);
				try (ResultSet rs = st.executeQuery()) {
					while (rs.next()) {
						documents.add(rs.getString(1));
					}
				}
			}
			return documents;
		});
	}

	int remove(String documentId) {
		return database.write(connection -> dropDocument(connection, documentId));
	}

	List<TableInfo> list() {
		return database.read(connection -> {
			Map<String, List<Column>> columns = columns(connection);
			List<TableInfo> tables = new ArrayList<>();
			try (Statement st = connection.createStatement();
					ResultSet rs = st.executeQuery("SELECT table_id, document_id, title, origin, row_count, total_rows"
							+ " FROM dw_tables ORDER BY document_id, position")) {
				while (rs.next()) {
					tables.add(new TableInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getLong(5), rs.getLong(6), columns.getOrDefault(rs.getString(1), List.of())));
				}
			}
			return tables;
		});
	}

	Optional<TableInfo> get(String tableId) {
		return list().stream().filter(t -> t.tableId().equals(tableId)).findFirst();
	}

	/** Runs a query built by this package on the read-only connection. */
	List<Object[]> query(String sql, List<Object> parameters) {
		return database.read(connection -> Sql.query(connection, sql, parameters));
	}

	<T> T read(TableDatabase.Work<T> work) {
		return database.read(work);
	}

	static String tableId(String documentId, int position) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((documentId + "\u0000" + position).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TableInfo insert(Connection connection, ShapedTable table, int position) throws SQLException {
		String id = tableId(table.raw().documentId(), position);
		StringBuilder ddl = new StringBuilder(
				"CREATE TABLE " + Sql.dataTable(id) + " (\"_row\" INTEGER, \"_total\" BOOLEAN");
		for (Column column : table.columns()) {
			ddl.append(", ").append(Sql.identifier(column.name())).append(' ').append(Sql.columnType(column.type()));
		}
		try (Statement st = connection.createStatement()) {
			st.execute(ddl.append(')').toString());
		}
		append(connection, id, table);
		try (PreparedStatement st = connection.prepareStatement("INSERT INTO dw_tables VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			Sql.bind(st, List.of(id, table.raw().documentId(), table.raw().title(), table.raw().origin(),
					(long) table.rows().size(), table.totalCount(), position));
			st.executeUpdate();
		}
		try (PreparedStatement st = connection.prepareStatement("INSERT INTO dw_columns VALUES (?, ?, ?, ?, ?, ?)")) {
			for (int c = 0; c < table.columns().size(); c++) {
				Column column = table.columns().get(c);
				Sql.bind(st, List.of(id, c, column.name(), column.label(), column.type().name(), column.unit()));
				st.addBatch();
			}
			st.executeBatch();
		}
		return new TableInfo(id, table.raw().documentId(), table.raw().title(), table.raw().origin(),
				table.rows().size(), table.totalCount(), table.columns());
	}

	private static void append(Connection connection, String id, ShapedTable table) throws SQLException {
		try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
				"t_" + id)) {
			for (int r = 0; r < table.rows().size(); r++) {
				appender.beginRow();
				appender.append(r + 1);
				appender.append(table.totals().get(r).booleanValue());
				for (Object value : table.rows().get(r)) {
					switch (value) {
						case null -> appender.appendNull();
						case Long l -> appender.append(l.longValue());
						case Double d -> appender.append(d.doubleValue());
						case Integer i -> appender.append(i.intValue());
						case LocalDate d -> appender.append(d);
						default -> appender.append(value.toString());
					}
				}
				appender.endRow();
			}
		}
	}

	private static int dropDocument(Connection connection, String documentId) throws SQLException {
		try (PreparedStatement st = connection.prepareStatement("DELETE FROM dw_extractions WHERE document_id = ?")) {
			st.setString(1, documentId);
			st.executeUpdate();
		}
		List<String> ids = new ArrayList<>();
		try (PreparedStatement st = connection
			.prepareStatement("SELECT table_id FROM dw_tables WHERE document_id = ?")) {
			st.setString(1, documentId);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		for (String id : ids) {
			try (Statement st = connection.createStatement()) {
				st.execute("DROP TABLE IF EXISTS " + Sql.dataTable(id));
			}
			try (PreparedStatement st = connection.prepareStatement("DELETE FROM dw_columns WHERE table_id = ?")) {
				st.setString(1, id);
				st.executeUpdate();
			}
			try (PreparedStatement st = connection.prepareStatement("DELETE FROM dw_tables WHERE table_id = ?")) {
				st.setString(1, id);
				st.executeUpdate();
			}
		}
		return ids.size();
	}

	private static Map<String, List<Column>> columns(Connection connection) throws SQLException {
		Map<String, List<Column>> columns = new LinkedHashMap<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery(
						"SELECT table_id, name, label, type, unit FROM dw_columns" + " ORDER BY table_id, ordinal")) {
			while (rs.next()) {
				columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Column(rs.getString(2), rs.getString(3), ColumnType.valueOf(rs.getString(4)),
							rs.getString(5)));
			}
		}
		return columns;
	}

}

package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed tables of the documents, kept in an embedded DuckDB file. Loading a
 * document's tables replaces the ones it had; removing a document removes them.
 * Thread-safe; loads are serialised, reads run side by side.
 */
public final class Tables implements AutoCloseable {

	/** Where the database lives under {@code draftwave.data-dir}. */
	public static final String DATABASE_FILE = "tables/tables.duckdb";

	/**
	 * The version of the reading of tables from documents, kept per document with its
	 * tables. Raise it when a change reads tables differently (another format, other
	 * types or units): at the next start every stored document read by an older version
	 * has its tables loaded again. 1: tables inside HTML, DOCX, HWPX and HWP, units
	 * inside cells ({@code 352명}). 2: personal data masked in free-text columns
	 * ({@link io.draftwave.corpus.format.FreeTextCells}).
	 */
	static final int EXTRACTION_VERSION = 2;

	private final TableDatabase database;

	private final TableStore store;

	private volatile List<TableCard> cards;

	private Tables(TableDatabase database) {
		this.database = database;
		this.store = new TableStore(database);
	}

	/**
	 * Opens (or creates) the database under the data folder, at {@link #DATABASE_FILE}.
	 */
	public static Tables open(Path dataDir) {
		return new Tables(new TableDatabase(dataDir.resolve(DATABASE_FILE)));
	}

	/** Whether {@link #load(String, String, Path)} reads this file (CSV, TSV, XLSX). */
	public static boolean isTableFile(Path file) {
		return TableFiles.isTableFile(file);
	}

	/**
	 * Reads the file's tables (one for CSV/TSV, one per sheet for XLSX) and stores them
	 * in place of the document's earlier tables.
	 * @return the stored tables, empty when the file holds none
	 */
	public List<TableInfo> load(String documentId, String title, Path file) {
		try {
			return load(documentId, TableFiles.read(documentId, title, file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the table file " + file, ex);
		}
	}

	/**
	 * Stores raw tables (all of one document, in document order) in place of its earlier
	 * tables.
	 */
	public List<TableInfo> load(String documentId, List<RawTable> tables) {
		return store(documentId, tables.stream().map(TableShaper::shape).toList());
	}

	/** Stores shaped tables in place of the document's earlier tables. */
	List<TableInfo> store(String documentId, List<ShapedTable> shaped) {
		try {
			return store.replace(documentId, shaped, EXTRACTION_VERSION);
		}
		finally {
			cards = null;
		}
	}

	/** Removes the document's tables; returns how many there were. */
	public int remove(String documentId) {
		try {
			return store.remove(documentId);
		}
		finally {
			cards = null;
		}
	}

	/**
	 * The documents whose tables were loaded by the current {@link #EXTRACTION_VERSION},
	 * those without any tables included.
	 */
	Set<String> extractedDocuments() {
		return store.extractedBy(EXTRACTION_VERSION);
	}

	/** Every table, by document and then position in the document. */
	public List<TableInfo> list() {
		return cards().stream().map(TableCard::table).toList();
	}

	public Optional<TableInfo> get(String tableId) {
		return list().stream().filter(t -> t.tableId().equals(tableId)).findFirst();
	}

	/**
	 * Rows {@code offset} to {@code offset + limit - 1} in table order; empty past the
	 * end.
	 */
	public TableRows rows(String tableId, long offset, int limit) {
		TableInfo table = get(tableId).orElseThrow(() -> new TableException("no table " + tableId));
		List<Object[]> rows = store.query(
				"SELECT * FROM " + Sql.dataTable(tableId) + " ORDER BY \"_row\" LIMIT ? OFFSET ?",
				List.of((long) limit, offset));
		List<Integer> numbers = new ArrayList<>();
		List<Boolean> totals = new ArrayList<>();
		List<List<Object>> values = new ArrayList<>();
		for (Object[] row : rows) {
			numbers.add(((Number) row[0]).intValue());
			totals.add((Boolean) row[1]);
			values.add(Arrays.asList(Arrays.copyOfRange(row, 2, row.length)));
		}
		return new TableRows(table, offset, numbers, totals, values);
	}

	/** The card of every table, in {@link #list()} order. */
	public List<TableCard> cards() {
		List<TableCard> current = cards;
		if (current == null) {
			current = store.list().stream().map(this::card).toList();
			cards = current;
		}
		return current;
	}

	List<Object[]> query(String sql, List<Object> parameters) {
		return store.query(sql, parameters);
	}

	/** Several queries of this package on one read-only connection. */
	<T> T read(TableDatabase.Work<T> work) {
		return store.read(work);
	}

	private TableCard card(TableInfo table) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		Map<String, List<Object>> ranges = new LinkedHashMap<>();
		for (Column column : table.columns()) {
			String id = Sql.identifier(column.name());
			if (column.type() == ColumnType.TEXT) {
				List<Object[]> distinct = store.query(
						"SELECT " + id + " FROM " + Sql.dataTable(table.tableId()) + " WHERE " + id
								+ " IS NOT NULL GROUP BY " + id + " ORDER BY MIN(\"_row\") LIMIT ?",
						List.of((long) TableCard.MAX_CATEGORY_VALUES + 1));
				if (distinct.size() <= TableCard.MAX_CATEGORY_VALUES) {
					values.put(column.name(), distinct.stream().map(r -> (String) r[0]).toList());
				}
			}
			else {
				List<Object[]> range = store.query("SELECT MIN(" + id + "), MAX(" + id + ") FROM "
						+ Sql.dataTable(table.tableId()) + " WHERE NOT \"_total\"", List.of());
				if (!range.isEmpty() && range.get(0)[0] != null) {
					ranges.put(column.name(), List.of(range.get(0)[0], range.get(0)[1]));
				}
			}
		}
		return new TableCard(table, values, ranges);
	}

	@Override
	public void close() {
		database.close();
	}

}

package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.duckdb.DuckDBConnection;

/**
 * The DuckDB database file behind the tables. Analyses run on a connection opened
 * read-only, so no statement they send can change a table; loading and removing tables
 * close it, write on a read-write connection and open it again (a DuckDB file has one
 * configuration per process, so both cannot be open at once). Writes are rare (a
 * document's ingestion), reads are many. Thread-safe: each read works on its own
 * duplicate of the read-only connection.
 */
final class TableDatabase implements AutoCloseable {

	/** SQL callback that may throw. */
	interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	private static final String SCHEMA = """
			CREATE TABLE IF NOT EXISTS dw_tables (table_id VARCHAR PRIMARY KEY, document_id VARCHAR NOT NULL,
			  title VARCHAR NOT NULL, origin VARCHAR NOT NULL, row_count BIGINT NOT NULL, total_rows BIGINT NOT NULL,
			  position INTEGER NOT NULL);
			CREATE TABLE IF NOT EXISTS dw_columns (table_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
			  name VARCHAR NOT NULL, label VARCHAR NOT NULL, type VARCHAR NOT NULL, unit VARCHAR NOT NULL);
			CREATE TABLE IF NOT EXISTS dw_extractions (document_id VARCHAR PRIMARY KEY, version INTEGER NOT NULL);
			""";

	private final Path file;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private DuckDBConnection reader;

	TableDatabase(Path file) {
		this.file = file.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.file.getParent());
			try (Connection writer = open(false); Statement st = writer.createStatement()) {
				st.execute(SCHEMA);
			}
			this.reader = (DuckDBConnection) open(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the tables folder " + this.file.getParent(), ex);
		}
		catch (SQLException ex) {
			throw new TableException("cannot open the tables database " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	<T> T read(Work<T> work) {
		lock.readLock().lock();
		try (Connection connection = reader.duplicate()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new TableException("tables query failed: " + ex.getMessage(), ex);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	<T> T write(Work<T> work) {
		lock.writeLock().lock();
		try {
			reader.close();
			try (Connection writer = open(false)) {
				writer.setAutoCommit(false);
				T result = work.run(writer);
				writer.commit();
				return result;
			}
			finally {
				reader = (DuckDBConnection) open(true);
			}
		}
		catch (SQLException ex) {
			throw new TableException("tables update failed: " + ex.getMessage(), ex);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private Connection open(boolean readOnly) throws SQLException {
		Properties properties = new Properties();
		if (readOnly) {
			properties.setProperty("duckdb.read_only", "true");
		}
		return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
	}

	@Override
	public void close() {
		lock.writeLock().lock();
		try {
			reader.close();
		}
		catch (SQLException ex) {
			throw new TableException("cannot close the tables database: " + ex.getMessage(), ex);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

}

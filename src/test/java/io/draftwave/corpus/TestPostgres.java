package io.draftwave.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL server the store and service tests run on instead of the embedded H2,
 * when the system property {@value #URL_PROPERTY} names one, e.g.
 * {@code -Ddraftwave.test.postgres=jdbc:postgresql://localhost:5432/draftwave_test}, with
 * {@code draftwave.test.postgres.user} and {@code .password} (both {@code draftwave} when
 * left out). The URL holds host, port and database only. Without the property the tests
 * run on H2, as the service does by default.
 * <p>
 * Every service gets an empty schema of its own, {@code it_<random>}, which the service's
 * Flyway migrates as it would an empty database; the schemas are left behind for a
 * failure to be read (a fresh test database per build clears them).
 */
public final class TestPostgres {

	/** The system property naming the server by its JDBC URL. */
	public static final String URL_PROPERTY = "draftwave.test.postgres";

	/** Why a PostgreSQL-only test did not run. */
	public static final String NOT_CONFIGURED = "no PostgreSQL configured: set -D" + URL_PROPERTY
			+ "=jdbc:postgresql://localhost:5432/draftwave_test (.user, .password) to run it";

	private static final Map<Path, String> SCHEMA_OF_DATA_DIR = new ConcurrentHashMap<>();

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private TestPostgres(String jdbcUrl, String user, String password) {
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
	}

	/** The configured server, or empty: the tests run on H2. */
	public static Optional<TestPostgres> configured() {
		String url = System.getProperty(URL_PROPERTY, "").strip();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		if (!url.startsWith("jdbc:postgresql://") || url.contains("?")) {
			throw new IllegalArgumentException(
					URL_PROPERTY + " must be jdbc:postgresql://host:port/database, not " + url);
		}
		return Optional.of(new TestPostgres(url, System.getProperty(URL_PROPERTY + ".user", "draftwave"),
				System.getProperty(URL_PROPERTY + ".password", "draftwave")));
	}

	/** Creates a new, empty schema and returns its name. */
	public String createSchema() {
		String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute("create schema " + schema);
		return schema;
	}

	/** Drops a schema with everything in it. */
	public void dropSchema(String schema) {
		execute("drop schema if exists " + schema + " cascade");
	}

	/**
	 * The service's settings for a schema: Flyway's JDBC URL and the app's R2DBC URL,
	 * with their credentials.
	 */
	public Map<String, String> settings(String schema) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.flyway.url", jdbcUrl(schema));
		settings.put("spring.flyway.user", user);
		settings.put("spring.flyway.password", password);
		settings.put("spring.r2dbc.url", r2dbcUrl(schema));
		settings.put("spring.r2dbc.username", user);
		settings.put("spring.r2dbc.password", password);
		return settings;
	}

	/**
	 * Command-line settings for a service started on a data folder: the same schema for
	 * every start on the same folder (a restart finds what the first start stored).
	 */
	public List<String> arguments(Path dataDir) {
		return settings(schemaOf(dataDir)).entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toList();
	}

	/** The schema of the services started on a data folder, created on first use. */
	public String schemaOf(Path dataDir) {
		return SCHEMA_OF_DATA_DIR.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> createSchema());
	}

	/** The JDBC URL with the schema as the connection's current schema. */
	public String jdbcUrl(String schema) {
		return jdbcUrl + "?currentSchema=" + schema;
	}

	/** The R2DBC URL with the schema as the connection's search path. */
	public String r2dbcUrl(String schema) {
		return "r2dbc:" + jdbcUrl.substring("jdbc:".length()) + "?schema=" + schema;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/** A JDBC connection to the test database, for checks beside the service. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl, user, password);
	}

	private void execute(String sql) {
		try (Connection c = connect(); var statement = c.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + jdbcUrl + " refused " + sql + ": " + ex.getMessage(),
					ex);
		}
	}

}

package io.draftwave.corpus;

import java.nio.file.Path;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A database for store tests outside the service: Flyway's JDBC URL and the stores' R2DBC
 * URL on the same database, with one user, as the service is configured.
 *
 * @param flywayUrl the JDBC URL the migrations run through
 * @param r2dbcUrl the R2DBC URL the stores use
 * @param user the user on both
 * @param password the password on both
 */
public record StoreDatabase(String flywayUrl, String r2dbcUrl, String user, String password) {

	/**
	 * An H2 file database in the folder, with the service's own settings (see
	 * {@code application.yaml}): the {@code retry:} file system, lowercase identifiers,
	 * every commit flushed.
	 */
	public static StoreDatabase h2(Path folder) {
		String settings = "/db/draftwave;WRITE_DELAY=0;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
		return new StoreDatabase("jdbc:h2:file:retry:" + folder + settings,
				"r2dbc:h2:file:///retry:" + folder + settings, "draftwave", "");
	}

	/** A new, empty schema on the test PostgreSQL. */
	public static StoreDatabase postgres(TestPostgres postgres, String schema) {
		return new StoreDatabase(postgres.jdbcUrl(schema), postgres.r2dbcUrl(schema), postgres.user(),
				postgres.password());
	}

	/**
	 * How many migrations the service has: the files in
	 * {@code src/main/resources/db/migration}.
	 */
	public static int migrationCount() {
		try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
			return (int) files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Runs the service's migrations, as Flyway does at the service's start. */
	public MigrateResult migrate() {
		return Flyway.configure().dataSource(flywayUrl, user, password).load().migrate();
	}

	/** A client on a connection factory of the stores' URL. */
	public DatabaseClient client() {
		ConnectionFactory factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(r2dbcUrl)
			.mutate()
			.option(ConnectionFactoryOptions.USER, user)
			.option(ConnectionFactoryOptions.PASSWORD, password)
			.build());
		return DatabaseClient.create(factory);
	}

}

package io.draftwave.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Document records in the relational store, with plain SQL that runs on H2 and PostgreSQL
 * alike. Every method is non-blocking for its caller; a missing record is an empty
 * {@link Mono}. The embedded H2 driver runs each statement on the subscribing thread (and
 * forces every commit to disk), so the statements are subscribed on the {@link StoreWork}
 * threads, never on an event loop, and never on a scheduler that interrupts a cancelled
 * statement's thread: H2 closes its database file when a thread inside it is interrupted.
 */
@Component
public class DocumentStore {

	private static final String COLUMNS = "id, title, file_name, format, language, size_bytes, sha256, origin, status, "
			+ "passage_count, created_at, updated_at";

	private final DatabaseClient db;

	private final Scheduler statements;

	DocumentStore(DatabaseClient db, StoreWork work) {
		this.db = db;
		this.statements = work.scheduler();
	}

	public Mono<DocumentRecord> findById(String id) {
		return selectWhere("id = :v", id).next();
	}

	private <T> Mono<T> offLoop(Mono<T> statement) {
		return statement.subscribeOn(statements);
	}

	private <T> Flux<T> offLoop(Flux<T> statement) {
		return statement.subscribeOn(statements);
	}

	public Mono<DocumentRecord> findBySha256(String sha256) {
		return selectWhere("sha256 = :v", sha256).next();
	}

	public Mono<DocumentRecord> findByOrigin(String origin) {
		return selectWhere("origin = :v", origin).next();
	}

	public Flux<DocumentRecord> findByStatus(DocumentStatus status) {
		return selectWhere("status = :v", status.name());
	}

	/**
	 * Records whose origin starts with the prefix, e.g. every document of the corpus
	 * folders.
	 */
	public Flux<DocumentRecord> findByOriginPrefix(String prefix) {
		return selectWhere("origin like :v", prefix.replace("%", "\\%").replace("_", "\\_") + "%");
	}

	/** All records, the newest first. */
	public Flux<DocumentRecord> findAll() {
		return offLoop(db.sql("select " + COLUMNS + " from documents order by created_at desc, id")
			.map(DocumentStore::read)
			.all());
	}

	public Mono<Long> count() {
		return offLoop(db.sql("select count(*) as n from documents").map(row -> row.get("n", Long.class)).one());
	}

	public Mono<Void> insert(DocumentRecord r) {
		return offLoop(bindColumns(db.sql("insert into documents (" + COLUMNS + ") values (:id, :title, :fileName, "
				+ ":format, :language, :sizeBytes, :sha256, :origin, :status, :passageCount, :createdAt, :updatedAt)"),
				r)
			.bind("createdAt", utc(r.createdAt()))
			.then());
	}

	/** Rewrites every column but id and created_at. */
	public Mono<Void> update(DocumentRecord r) {
		return offLoop(bindColumns(db
			.sql("update documents set title = :title, file_name = :fileName, format = :format, "
					+ "language = :language, size_bytes = :sizeBytes, sha256 = :sha256, origin = :origin, status = :status, "
					+ "passage_count = :passageCount, updated_at = :updatedAt where id = :id"),
				r)
			.then());
	}

	private static DatabaseClient.GenericExecuteSpec bindColumns(DatabaseClient.GenericExecuteSpec spec,
			DocumentRecord r) {
		return spec.bind("id", r.id())
			.bind("title", r.title())
			.bind("fileName", r.fileName())
			.bind("format", r.format().name())
			.bind("language", r.language().code())
			.bind("sizeBytes", r.sizeBytes())
			.bind("sha256", r.sha256())
			.bind("origin", r.origin())
			.bind("status", r.status().name())
			.bind("passageCount", r.passageCount())
			.bind("updatedAt", utc(r.updatedAt()));
	}

	public Mono<Void> delete(String id) {
		return offLoop(db.sql("delete from documents where id = :id").bind("id", id).then());
	}

	private Flux<DocumentRecord> selectWhere(String condition, Object value) {
		return offLoop(db.sql("select " + COLUMNS + " from documents where " + condition + " order by created_at, id")
			.bind("v", value)
			.map(DocumentStore::read)
			.all());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static DocumentRecord read(Readable row) {
		return new DocumentRecord(row.get("id", String.class), row.get("title", String.class),
				row.get("file_name", String.class), DocumentFormat.valueOf(row.get("format", String.class)),
				Language.of(row.get("language", String.class)), row.get("size_bytes", Long.class),
				row.get("sha256", String.class), row.get("origin", String.class),
				DocumentStatus.valueOf(row.get("status", String.class)), row.get("passage_count", Integer.class),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("updated_at", OffsetDateTime.class).toInstant());
	}

}

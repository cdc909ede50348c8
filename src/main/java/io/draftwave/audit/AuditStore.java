package io.draftwave.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The events and checkpoints in the relational store ({@code audit_events},
 * {@code audit_checkpoints}, Flyway V3), in plain SQL that runs on H2 and PostgreSQL
 * alike. Appending (one statement) and removing (one transaction) are each all or none.
 * Only {@link AuditTrail}'s writer appends and removes, so seq numbers and hashes follow
 * one order. Methods return cold publishers; the caller picks the thread (the embedded H2
 * driver blocks).
 */
public final class AuditStore {

	private static final String COLUMNS = "seq, occurred_at, key_name, key_role, client, kind, endpoint, request, "
			+ "source_ids, figure_ids, model, model_endpoint, text_left, sent_sha256, draft_id, warnings, status, "
			+ "outcome, duration_ms, prev_hash, hash";

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final int COLUMN_COUNT = 21;

	private final ConnectionFactory connections;

	private final DatabaseClient db;

	private volatile @Nullable Connection writer;

	private final TransactionalOperator transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	public AuditStore(ConnectionFactory connections) {
		this.connections = connections;
		this.db = DatabaseClient.create(connections);
		this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(connections));
	}

	/**
	 * The number and hash of the chain's last link: the last event, else the last
	 * checkpoint.
	 */
	record Link(long seq, String hash) {

		static final Link START = new Link(0, AuditChain.GENESIS);

	}

	/**
	 * What retention removed: events up to {@code lastSeq}, the last one's hash, and how
	 * many.
	 */
	public record Checkpoint(long lastSeq, String lastHash, long removed, Instant removedBefore, Instant madeAt) {
	}

	/**
	 * Writes the events, all or none: one multi-row insert, which is atomic without a
	 * transaction around it, on a connection the writer keeps (no pool checkout, no
	 * validation query, no begin and commit round trips per batch). Blocking; called by
	 * the one writer thread only. A failure closes the connection; the next call opens
	 * another.
	 */
	void append(List<ChainedEvent> events) {
		try {
			Connection connection = writerConnection();
			Statement statement = connection.createStatement(insertSql(events.size()));
			int i = 0;
			for (ChainedEvent chained : events) {
				i = bindRow(statement, i, chained);
			}
			Flux.from(statement.execute()).flatMap(Result::getRowsUpdated).blockLast();
		}
		catch (RuntimeException ex) {
			closeWriter();
			throw ex;
		}
	}

	private Connection writerConnection() {
		Connection connection = writer;
		if (connection == null) {
			connection = Mono.from(connections.create()).block();
			writer = connection;
		}
		return connection;
	}

	/** Gives the writer's connection back; the next append opens another. */
	void closeWriter() {
		Connection connection = writer;
		writer = null;
		if (connection != null) {
			Mono.from(connection.close()).onErrorResume(ex -> Mono.empty()).block();
		}
	}

	private static String insertSql(int rows) {
		StringBuilder sql = new StringBuilder("insert into audit_events (").append(COLUMNS).append(") values ");
		int parameter = 1;
		for (int row = 0; row < rows; row++) {
			sql.append(row == 0 ? "(" : ", (");
			for (int column = 0; column < COLUMN_COUNT; column++) {
				sql.append(column == 0 ? "$" : ", $").append(parameter++);
			}
			sql.append(')');
		}
		return sql.toString();
	}

	private int bindRow(Statement statement, int first, ChainedEvent chained) {
		AuditEvent e = chained.event();
		Object[] values = { chained.seq(), utc(e.time()), e.key(), e.role(), e.client(), e.kind().id(), e.endpoint(),
				e.request(), json.writeValueAsString(e.sourceIds()), json.writeValueAsString(e.figureIds()), e.model(),
				e.modelEndpoint(), e.textLeft(), e.sentSha256(), e.draftId(), json.writeValueAsString(e.warnings()),
				e.status(), e.outcome(), e.durationMs(), chained.prevHash(), chained.hash() };
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				statement.bindNull(first + i, String.class);
			}
			else {
				statement.bind(first + i, values[i]);
			}
		}
		return first + values.length;
	}

	/** The last link of the chain, {@link Link#START} for an empty log. */
	Mono<Link> last() {
		Mono<Link> event = db.sql("select seq, hash from audit_events order by seq desc limit 1")
			.map(row -> new Link(row.get("seq", Long.class), row.get("hash", String.class)))
			.one();
		return event.switchIfEmpty(lastCheckpoint().map(c -> new Link(c.lastSeq(), c.lastHash())))
			.defaultIfEmpty(Link.START);
	}

	/** The latest checkpoint, empty when retention never removed anything. */
	public Mono<Checkpoint> lastCheckpoint() {
		return db
			.sql("select last_seq, last_hash, removed, removed_before, made_at from audit_checkpoints "
					+ "order by last_seq desc limit 1")
			.map(row -> new Checkpoint(row.get("last_seq", Long.class), row.get("last_hash", String.class),
					row.get("removed", Long.class), instant(row, "removed_before"), instant(row, "made_at")))
			.one();
	}

	/** Every event in chain order, read in pages so a long log is never held whole. */
	public Flux<ChainedEvent> all() {
		return Flux.defer(() -> page(Long.MIN_VALUE))
			.expand(events -> events.size() < 1000 ? Mono.empty() : page(events.getLast().seq()))
			.concatMapIterable(events -> events);
	}

	private Mono<List<ChainedEvent>> page(long after) {
		return db.sql("select " + COLUMNS + " from audit_events where seq > :after order by seq limit 1000")
			.bind("after", after)
			.map(this::read)
			.all()
			.collectList();
	}

	/**
	 * The events {@code query} selects, newest first, {@code size} from {@code offset}.
	 */
	public Flux<ChainedEvent> find(AuditQuery query, long offset, int size) {
		AuditQuery.Where where = query.where();
		var spec = db.sql("select " + COLUMNS + " from audit_events where " + where.sql() + " order by seq desc limit "
				+ size + " offset " + offset);
		for (var p : where.parameters().entrySet()) {
			spec = spec.bind(p.getKey(), p.getValue());
		}
		return spec.map(this::read).all();
	}

	/** How many events {@code query} selects. */
	public Mono<Long> count(AuditQuery query) {
		AuditQuery.Where where = query.where();
		var spec = db.sql("select count(*) as n from audit_events where " + where.sql());
		for (var p : where.parameters().entrySet()) {
			spec = spec.bind(p.getKey(), p.getValue());
		}
		return spec.map(row -> ((Number) row.get("n")).longValue()).one();
	}

	/**
	 * Removes the events before {@code cutoff}, from the oldest on up to the last one
	 * older than it, and leaves a checkpoint; all or none.
	 * @return the checkpoint, empty when no event was old enough
	 */
	Mono<Optional<Checkpoint>> removeBefore(Instant cutoff, Instant now) {
		Mono<Optional<Checkpoint>> removal = db
			.sql("select seq, hash from audit_events where seq = (select max(seq) from audit_events "
					+ "where occurred_at < :cutoff)")
			.bind("cutoff", utc(cutoff))
			.map(row -> new Link(row.get("seq", Long.class), row.get("hash", String.class)))
			.one()
			.flatMap(last -> db.sql("delete from audit_events where seq <= :seq")
				.bind("seq", last.seq())
				.fetch()
				.rowsUpdated()
				.flatMap(removed -> {
					Checkpoint checkpoint = new Checkpoint(last.seq(), last.hash(), removed, cutoff, now);
					return db
						.sql("insert into audit_checkpoints (last_seq, last_hash, removed, removed_before, made_at) "
								+ "values (:seq, :hash, :removed, :before, :made)")
						.bind("seq", last.seq())
						.bind("hash", last.hash())
						.bind("removed", removed)
						.bind("before", utc(cutoff))
						.bind("made", utc(now))
						.then()
						.thenReturn(Optional.of(checkpoint));
				}))
			.defaultIfEmpty(Optional.empty());
		return transactions.transactional(removal);
	}

	private ChainedEvent read(Readable row) {
		AuditEvent event = new AuditEvent(instant(row, "occurred_at"), row.get("key_name", String.class),
				row.get("key_role", String.class), row.get("client", String.class),
				AuditKind.of(row.get("kind", String.class)), row.get("endpoint", String.class),
				row.get("request", String.class), strings(row, "source_ids"), strings(row, "figure_ids"),
				row.get("model", String.class), row.get("model_endpoint", String.class),
				Boolean.TRUE.equals(row.get("text_left", Boolean.class)), row.get("sent_sha256", String.class),
				row.get("draft_id", String.class), strings(row, "warnings"), row.get("status", Integer.class),
				row.get("outcome", String.class), row.get("duration_ms", Long.class));
		return new ChainedEvent(row.get("seq", Long.class), event, row.get("prev_hash", String.class),
				row.get("hash", String.class));
	}

	private List<String> strings(Readable row, String column) {
		return json.readValue(row.get(column, String.class), STRINGS);
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

package io.draftwave.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
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
 * alike. Appending and removing are each one transaction. Only {@link AuditTrail}'s
 * writer appends and removes, so seq numbers and hashes follow one order. Methods return
 * cold publishers; the caller picks the thread (the embedded H2 driver blocks).
 */
public final class AuditStore {

	private static final String COLUMNS = "seq, occurred_at, key_name, key_role, client, kind, endpoint, request, "
			+ "source_ids, figure_ids, model, model_endpoint, text_left, sent_sha256, draft_id, warnings, status, "
			+ "outcome, duration_ms, prev_hash, hash";

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final TransactionalOperator transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	public AuditStore(ConnectionFactory connections) {
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

	/** Writes the events, all or none. */
	Mono<Void> append(List<ChainedEvent> events) {
		return transactions.transactional(Flux.fromIterable(events).concatMap(this::insert).then());
	}

	private Mono<Void> insert(ChainedEvent chained) {
		AuditEvent e = chained.event();
		var spec = db.sql("insert into audit_events (" + COLUMNS + ") values (:seq, :at, :key, :role, :client, :kind, "
				+ ":endpoint, :request, :sources, :figures, :model, :modelEndpoint, :left, :sent, :draft, :warnings, "
				+ ":status, :outcome, :duration, :prev, :hash)")
			.bind("seq", chained.seq())
			.bind("at", utc(e.time()))
			.bind("key", e.key())
			.bind("client", e.client())
			.bind("kind", e.kind().id())
			.bind("endpoint", e.endpoint())
			.bind("request", e.request())
			.bind("sources", json.writeValueAsString(e.sourceIds()))
			.bind("figures", json.writeValueAsString(e.figureIds()))
			.bind("left", e.textLeft())
			.bind("warnings", json.writeValueAsString(e.warnings()))
			.bind("status", e.status())
			.bind("outcome", e.outcome())
			.bind("duration", e.durationMs())
			.bind("prev", chained.prevHash())
			.bind("hash", chained.hash());
		spec = nullable(spec, "role", e.role());
		spec = nullable(spec, "model", e.model());
		spec = nullable(spec, "modelEndpoint", e.modelEndpoint());
		spec = nullable(spec, "sent", e.sentSha256());
		spec = nullable(spec, "draft", e.draftId());
		return spec.then();
	}

	private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
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

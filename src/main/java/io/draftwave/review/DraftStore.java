package io.draftwave.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.drafting.NumberedSource;
import io.draftwave.drafting.SentenceCheck;
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
 * Kept drafts in the relational store ({@code drafts}, {@code draft_versions},
 * {@code draft_reviews}, {@code draft_documents}), with plain SQL that runs on H2 and
 * PostgreSQL alike. Request, sources and draft are JSON text. Every write runs on the
 * store's threads through {@link StoreWork#detached}: a client that goes away does not
 * stop a draft, a version or a review step half-way. The statements of one write run in
 * one transaction, in order (the version or event first, the draft's row last): a step
 * whose history entry is taken by another step at the same moment fails whole, with
 * Spring's {@code DataIntegrityViolationException}, and leaves no version behind. A
 * missing draft is an empty {@link Mono}.
 */
public final class DraftStore {

	/** The most drafts one page lists. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String COLUMNS = "id, owner, state, version, created_at, updated_at, approved_by, "
			+ "approved_at, request, sources, body";

	private static final TypeReference<List<NumberedSource>> SOURCES = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final StoreWork work;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TransactionalOperator transaction;

	public DraftStore(DatabaseClient db, StoreWork work) {
		this.db = db;
		this.work = work;
		this.transaction = TransactionalOperator.create(new R2dbcTransactionManager(db.getConnectionFactory()));
	}

	/**
	 * Keeps a draft just written: its row, version 1, the {@code created} event and the
	 * documents it cites, all written even when the caller cancels.
	 */
	public Mono<Void> insert(KeptDraft kept, DraftVersion first) {
		Draft d = kept.draft();
		Flux<Void> documents = Flux.fromIterable(citedDocuments(d.citations()).entrySet())
			.concatMap(e -> db
				.sql("insert into draft_documents (draft_id, document_id, title) values (:draft, :document, :title)")
				.bind("draft", d.draftId())
				.bind("document", e.getKey())
				.bind("title", e.getValue())
				.then());
		Mono<Void> row = db
			.sql("insert into drafts (id, owner, kind, language, model, state, version, created_at, updated_at, "
					+ "request, sources, body) values (:id, :owner, :kind, :language, :model, :state, :version, "
					+ ":created, :created, :request, :sources, :body)")
			.bind("id", d.draftId())
			.bind("owner", kept.owner())
			.bind("kind", d.kind().id())
			.bind("language", d.language().code())
			.bind("model", d.model())
			.bind("state", kept.state().id())
			.bind("version", kept.version())
			.bind("created", utc(kept.createdAt()))
			.bind("request", json.writeValueAsString(kept.request()))
			.bind("sources", json.writeValueAsString(kept.sources()))
			.bind("body", json.writeValueAsString(d))
			.then();
		Mono<Void> all = insertVersion(d.draftId(), first)
			.then(insertEvent(d.draftId(),
					new ReviewEvent(1, kept.owner(), ReviewAction.CREATED, 1, null, kept.createdAt())))
			.thenMany(documents)
			.then(row);
		return work.detached(offLoop(transaction.transactional(all)));
	}

	/**
	 * Records a review step: a new version when {@code version} is not null, the event,
	 * then the draft's state, version and (when approved) approver.
	 */
	public Mono<Void> record(KeptDraft after, @Nullable DraftVersion version, ReviewEvent event) {
		Mono<Void> newVersion = version == null ? Mono.empty() : insertVersion(after.id(), version);
		var update = db
			.sql("update drafts set state = :state, version = :version, updated_at = :updated, "
					+ "approved_by = :approvedBy, approved_at = :approvedAt where id = :id")
			.bind("state", after.state().id())
			.bind("version", after.version())
			.bind("updated", utc(after.updatedAt()))
			.bind("id", after.id());
		update = after.approvedBy() == null ? update.bindNull("approvedBy", String.class)
				: update.bind("approvedBy", after.approvedBy());
		update = after.approvedAt() == null ? update.bindNull("approvedAt", OffsetDateTime.class)
				: update.bind("approvedAt", utc(after.approvedAt()));
		return work.detached(offLoop(
				transaction.transactional(newVersion.then(insertEvent(after.id(), event)).then(update.then()))));
	}

	/** The draft with its current version's text. */
	public Mono<KeptDraft> find(String draftId) {
		return offLoop(db.sql("select " + COLUMNS + " from drafts where id = :id")
			.bind("id", draftId)
			.map(this::readRow)
			.one()).flatMap(row -> version(draftId, row.version()).map(row::withVersion));
	}

	/**
	 * One page of drafts, newest first (ties by id): of one owner or (null) of all, in
	 * one state or (null) in any; each with its current text.
	 * @param page from 0
	 * @param size 1..{@value #MAX_PAGE_SIZE}
	 */
	public Flux<KeptDraft> list(@Nullable String owner, @Nullable ReviewState state, int page, int size) {
		var spec = db.sql("select " + COLUMNS + " from drafts" + where(owner, state)
				+ " order by created_at desc, id limit " + size + " offset " + ((long) page * size));
		spec = owner == null ? spec : spec.bind("owner", owner);
		spec = state == null ? spec : spec.bind("state", state.id());
		return offLoop(spec.map(this::readRow).all())
			.concatMap(row -> version(row.id(), row.version()).map(row::withVersion));
	}

	/** How many drafts {@link #list} pages through. */
	public Mono<Long> count(@Nullable String owner, @Nullable ReviewState state) {
		var spec = db.sql("select count(*) as n from drafts" + where(owner, state));
		spec = owner == null ? spec : spec.bind("owner", owner);
		spec = state == null ? spec : spec.bind("state", state.id());
		return offLoop(spec.map(row -> row.get("n", Number.class).longValue()).one());
	}

	/** Every version of the draft, oldest first. */
	public Flux<DraftVersion> versions(String draftId) {
		return offLoop(db
			.sql("select version, author, created_at, text, checked from draft_versions "
					+ "where draft_id = :draft order by version")
			.bind("draft", draftId)
			.map(this::readVersion)
			.all());
	}

	/** One version of the draft. */
	public Mono<DraftVersion> version(String draftId, int number) {
		return offLoop(db
			.sql("select version, author, created_at, text, checked from draft_versions "
					+ "where draft_id = :draft and version = :version")
			.bind("draft", draftId)
			.bind("version", number)
			.map(this::readVersion)
			.one());
	}

	/** The draft's review history, in order. */
	public Flux<ReviewEvent> history(String draftId) {
		return offLoop(db
			.sql("select seq, actor, action, version, comment, created_at from draft_reviews "
					+ "where draft_id = :draft order by seq")
			.bind("draft", draftId)
			.map(row -> new ReviewEvent(row.get("seq", Integer.class), row.get("actor", String.class),
					ReviewAction.of(row.get("action", String.class)), row.get("version", Integer.class),
					row.get("comment", String.class), instant(row, "created_at")))
			.all());
	}

	private Mono<Void> insertVersion(String draftId, DraftVersion v) {
		return db
			.sql("insert into draft_versions (draft_id, version, author, created_at, text, checked) "
					+ "values (:draft, :version, :author, :at, :text, :checked)")
			.bind("draft", draftId)
			.bind("version", v.number())
			.bind("author", v.author())
			.bind("at", utc(v.at()))
			.bind("text", v.text())
			.bind("checked", json.writeValueAsString(new Checked(v.citations(), v.sentences(), v.warnings())))
			.then();
	}

	private Mono<Void> insertEvent(String draftId, ReviewEvent e) {
		var spec = db
			.sql("insert into draft_reviews (draft_id, seq, actor, action, version, comment, created_at) "
					+ "values (:draft, :seq, :actor, :action, :version, :comment, :at)")
			.bind("draft", draftId)
			.bind("seq", e.seq())
			.bind("actor", e.actor())
			.bind("action", e.action().id())
			.bind("version", e.version())
			.bind("at", utc(e.at()));
		spec = e.comment() == null ? spec.bindNull("comment", String.class) : spec.bind("comment", e.comment());
		return spec.then();
	}

	private static String where(@Nullable String owner, @Nullable ReviewState state) {
		if (owner == null && state == null) {
			return "";
		}
		if (owner == null) {
			return " where state = :state";
		}
		return state == null ? " where owner = :owner" : " where owner = :owner and state = :state";
	}

	private static Map<String, String> citedDocuments(List<Citation> citations) {
		Map<String, String> documents = new LinkedHashMap<>();
		citations.forEach(c -> documents.putIfAbsent(c.documentId(), c.title()));
		return documents;
	}

	private Row readRow(Readable row) {
		KeptDraft kept = new KeptDraft(row.get("owner", String.class),
				json.readValue(row.get("request", String.class), DraftRequest.class),
				json.readValue(row.get("sources", String.class), SOURCES),
				json.readValue(row.get("body", String.class), Draft.class),
				ReviewState.of(row.get("state", String.class)), row.get("version", Integer.class),
				instant(row, "created_at"), instant(row, "updated_at"), row.get("approved_by", String.class),
				row.get("approved_at", OffsetDateTime.class) == null ? null : instant(row, "approved_at"));
		return new Row(kept);
	}

	private DraftVersion readVersion(Readable row) {
		Checked checked = json.readValue(row.get("checked", String.class), Checked.class);
		return new DraftVersion(row.get("version", Integer.class), row.get("author", String.class),
				instant(row, "created_at"), row.get("text", String.class), checked.citations(), checked.sentences(),
				checked.warnings());
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private <T> Mono<T> offLoop(Mono<T> statement) {
		return statement.subscribeOn(work.scheduler());
	}

	private <T> Flux<T> offLoop(Flux<T> statement) {
		return statement.subscribeOn(work.scheduler());
	}

	/** The check of a version, as its JSON column holds it. */
	record Checked(List<Citation> citations, List<SentenceCheck> sentences, List<String> warnings) {
	}

	/** A row read, before its current version's text is put in. */
	private record Row(KeptDraft kept) {

		String id() {
			return kept.id();
		}

		int version() {
			return kept.version();
		}

		KeptDraft withVersion(DraftVersion v) {
			Draft d = kept.draft();
			Draft current = new Draft(d.draftId(), d.kind(), d.language(), v.text(), v.citations(), v.sentences(),
					d.mode(), d.model(), v.warnings(), d.usage(), d.tookMs(), d.modelText());
			return new KeptDraft(kept.owner(), kept.request(), kept.sources(), current, kept.state(), kept.version(),
					kept.createdAt(), kept.updatedAt(), kept.approvedBy(), kept.approvedAt());
		}

	}

}

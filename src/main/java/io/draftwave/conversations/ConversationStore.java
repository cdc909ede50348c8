package io.draftwave.conversations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.DraftKind;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Kept conversations in the relational store ({@code conversations},
 * {@code conversation_turns}), with plain SQL that runs on H2 and PostgreSQL alike; a
 * turn's document filter is a JSON array. Every write runs on the store's threads through
 * {@link StoreWork#detached}, so a client that goes away does not stop a turn half-way. A
 * turn is numbered in the same transaction that counts it on its conversation: the
 * conversation's row is updated first, which makes two turns added at once wait for each
 * other and take the numbers n and n + 1. A missing conversation is an empty
 * {@link Mono}. Who may see a conversation is not decided here (see
 * {@link KeptConversations}).
 */
public final class ConversationStore {

	/** The most conversations one page lists. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String COLUMNS = "id, owner, title, turns, created_at, updated_at";

	private static final TypeReference<List<String>> IDS = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final StoreWork work;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TransactionalOperator transaction;

	public ConversationStore(DatabaseClient db, StoreWork work) {
		this.db = db;
		this.work = work;
		this.transaction = TransactionalOperator.create(new R2dbcTransactionManager(db.getConnectionFactory()));
	}

	/** Keeps a conversation just started, written even when the caller cancels. */
	public Mono<Void> insert(Conversation c) {
		Mono<Void> row = db
			.sql("insert into conversations (id, owner, title, turns, created_at, updated_at) "
					+ "values (:id, :owner, :title, :turns, :created, :updated)")
			.bind("id", c.id())
			.bind("owner", c.owner())
			.bind("title", c.title())
			.bind("turns", c.turns())
			.bind("created", utc(c.createdAt()))
			.bind("updated", utc(c.updatedAt()))
			.then();
		return work.detached(offLoop(row));
	}

	/**
	 * Adds a turn as the conversation's next one, and gives the conversation
	 * {@code title} when it has none yet.
	 * @return the turn with its number; empty when the conversation is gone
	 */
	public Mono<Turn> append(String conversationId, String title, Turn turn) {
		Mono<Long> counted = db
			.sql("update conversations set turns = turns + 1, updated_at = :at, "
					+ "title = case when title = '' then cast(:title as varchar(200)) else title end where id = :id")
			.bind("at", utc(turn.at()))
			.bind("title", title)
			.bind("id", conversationId)
			.fetch()
			.rowsUpdated();
		Mono<Turn> numbered = db.sql("select turns from conversations where id = :id")
			.bind("id", conversationId)
			.map(row -> turn.numbered(row.get("turns", Integer.class)))
			.one();
		Mono<Turn> all = counted.filter(n -> n > 0)
			.flatMap(n -> numbered)
			.flatMap(t -> insertTurn(conversationId, t).thenReturn(t));
		return work.detached(offLoop(transaction.transactional(all)));
	}

	/**
	 * Gives turn {@code seq} another draft, the answer of the same question asked again.
	 * @return whether the conversation has that turn
	 */
	public Mono<Boolean> replaceDraft(String conversationId, int seq, String draftId, Instant at) {
		Mono<Long> turn = db
			.sql("update conversation_turns set draft_id = :draft, created_at = :at "
					+ "where conversation_id = :id and seq = :seq")
			.bind("draft", draftId)
			.bind("at", utc(at))
			.bind("id", conversationId)
			.bind("seq", seq)
			.fetch()
			.rowsUpdated();
		Mono<Long> row = db.sql("update conversations set updated_at = :at where id = :id")
			.bind("at", utc(at))
			.bind("id", conversationId)
			.fetch()
			.rowsUpdated();
		return work.detached(offLoop(transaction.transactional(turn.flatMap(n -> row.thenReturn(n > 0)))));
	}

	/** The conversation, without its turns. */
	public Mono<Conversation> find(String conversationId) {
		return offLoop(db.sql("select " + COLUMNS + " from conversations where id = :id")
			.bind("id", conversationId)
			.map(ConversationStore::readConversation)
			.one());
	}

	/** The conversation's turns, in order. */
	public Flux<Turn> turns(String conversationId) {
		return offLoop(db
			.sql("select seq, question, kind, language, document_ids, draft_id, created_at from conversation_turns "
					+ "where conversation_id = :id order by seq")
			.bind("id", conversationId)
			.map(this::readTurn)
			.all());
	}

	/**
	 * One page of an owner's conversations, the one with the latest turn first (ties by
	 * id).
	 * @param page from 0
	 * @param size 1..{@value #MAX_PAGE_SIZE}
	 */
	public Flux<Conversation> list(String owner, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return Flux.error(new IllegalArgumentException(
					"page must be 0 or more and size 1.." + MAX_PAGE_SIZE + ", not " + page + " and " + size));
		}
		return offLoop(db
			.sql("select " + COLUMNS + " from conversations where owner = :owner "
					+ "order by updated_at desc, id limit " + size + " offset " + ((long) page * size))
			.bind("owner", owner)
			.map(ConversationStore::readConversation)
			.all());
	}

	/** How many conversations {@link #list} pages through. */
	public Mono<Long> count(String owner) {
		return offLoop(db.sql("select count(*) as n from conversations where owner = :owner")
			.bind("owner", owner)
			.map(row -> row.get("n", Number.class).longValue())
			.one());
	}

	/**
	 * Removes the conversation with its turns (their drafts stay kept).
	 * @return whether there was one to remove
	 */
	public Mono<Boolean> delete(String conversationId) {
		Mono<Long> turns = db.sql("delete from conversation_turns where conversation_id = :id")
			.bind("id", conversationId)
			.fetch()
			.rowsUpdated();
		Mono<Long> row = db.sql("delete from conversations where id = :id")
			.bind("id", conversationId)
			.fetch()
			.rowsUpdated();
		return work.detached(offLoop(transaction.transactional(turns.then(row)))).map(n -> n > 0);
	}

	private Mono<Void> insertTurn(String conversationId, Turn t) {
		return db
			.sql("insert into conversation_turns (conversation_id, seq, question, kind, language, document_ids, "
					+ "draft_id, created_at) values (:id, :seq, :question, :kind, :language, :documents, :draft, :at)")
			.bind("id", conversationId)
			.bind("seq", t.seq())
			.bind("question", t.question())
			.bind("kind", t.kind().id())
			.bind("language", t.language().code())
			.bind("documents", json.writeValueAsString(t.documentIds().stream().sorted().toList()))
			.bind("draft", t.draftId())
			.bind("at", utc(t.at()))
			.then();
	}

	private static Conversation readConversation(Readable row) {
		return new Conversation(row.get("id", String.class), row.get("owner", String.class),
				row.get("title", String.class), row.get("turns", Integer.class), instant(row, "created_at"),
				instant(row, "updated_at"));
	}

	private Turn readTurn(Readable row) {
		return new Turn(row.get("seq", Integer.class), row.get("question", String.class),
				DraftKind.of(row.get("kind", String.class)), Language.of(row.get("language", String.class)),
				Set.copyOf(json.readValue(row.get("document_ids", String.class), IDS)),
				row.get("draft_id", String.class), instant(row, "created_at"));
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

}

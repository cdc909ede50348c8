package io.draftwave.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.draftwave.corpus.StoreWork;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Feedback on kept drafts ({@code draft_feedback}) and its summaries, by the draft's
 * kind, by its prompt template ({@code <kind>.<language>}) and by each document it cites
 * ({@code draft_documents}). Writes run detached on the store's threads
 * ({@link StoreWork}), reads on them.
 */
public final class FeedbackStore {

	private static final String COUNTS = "count(*) as total, "
			+ "sum(case when f.rating = 'up' then 1 else 0 end) as up, "
			+ "sum(case when f.rating = 'down' then 1 else 0 end) as down, "
			+ "sum(case when f.reason = 'wrong-source' then 1 else 0 end) as wrong_source, "
			+ "sum(case when f.reason = 'wrong-figure' then 1 else 0 end) as wrong_figure, "
			+ "sum(case when f.reason = 'missing' then 1 else 0 end) as missing, "
			+ "sum(case when f.reason = 'tone' then 1 else 0 end) as tone, "
			+ "sum(case when f.reason = 'other' then 1 else 0 end) as other";

	private final DatabaseClient db;

	private final StoreWork work;

	public FeedbackStore(DatabaseClient db, StoreWork work) {
		this.db = db;
		this.work = work;
	}

	/** Keeps the feedback, even when the caller cancels. */
	public Mono<Void> insert(Feedback f) {
		var spec = db
			.sql("insert into draft_feedback (id, draft_id, author, rating, reason, comment, created_at) "
					+ "values (:id, :draft, :author, :rating, :reason, :comment, :at)")
			.bind("id", f.id())
			.bind("draft", f.draftId())
			.bind("author", f.author())
			.bind("rating", f.helpful() ? "up" : "down")
			.bind("at", f.at().atOffset(ZoneOffset.UTC));
		spec = f.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", f.reason().id());
		spec = f.comment() == null ? spec.bindNull("comment", String.class) : spec.bind("comment", f.comment());
		return work.detached(spec.then().subscribeOn(work.scheduler()));
	}

	/** The feedback on one draft, oldest first. */
	public Flux<Feedback> ofDraft(String draftId) {
		return db
			.sql("select id, draft_id, author, rating, reason, comment, created_at from draft_feedback "
					+ "where draft_id = :draft order by created_at, id")
			.bind("draft", draftId)
			.map(FeedbackStore::read)
			.all()
			.subscribeOn(work.scheduler());
	}

	/**
	 * The counts of every group: by kind ({@code kind}), template
	 * ({@code press-release.ko}) and cited document (its id and title), each list by the
	 * number of 👎 first, then the group's name.
	 */
	public Mono<FeedbackSummary> summary() {
		Mono<List<FeedbackSummary.Group>> byKind = groups("select d.kind as g, d.kind as label, " + COUNTS
				+ " from draft_feedback f join drafts d on d.id = f.draft_id group by d.kind");
		Mono<List<FeedbackSummary.Group>> byTemplate = groups(
				"select d.kind || '.' || d.language as g, " + "d.kind || '.' || d.language as label, " + COUNTS
						+ " from draft_feedback f join drafts d on d.id = f.draft_id group by d.kind, d.language");
		Mono<List<FeedbackSummary.Group>> byDocument = groups("select c.document_id as g, max(c.title) as label, "
				+ COUNTS + " from draft_feedback f join draft_documents c on c.draft_id = f.draft_id "
				+ "group by c.document_id");
		return Mono.zip(byKind, byTemplate, byDocument).map(t -> new FeedbackSummary(t.getT1(), t.getT2(), t.getT3()));
	}

	private Mono<List<FeedbackSummary.Group>> groups(String sql) {
		return db.sql(sql)
			.map(row -> new FeedbackSummary.Group(row.get("g", String.class), row.get("label", String.class),
					number(row, "total"), number(row, "up"), number(row, "down"),
					new FeedbackSummary.Reasons(number(row, "wrong_source"), number(row, "wrong_figure"),
							number(row, "missing"), number(row, "tone"), number(row, "other"))))
			.all()
			.sort(FeedbackSummary.Group.MOST_DISLIKED)
			.collectList()
			.subscribeOn(work.scheduler());
	}

	private static long number(Readable row, String column) {
		Number n = row.get(column, Number.class);
		return n == null ? 0 : n.longValue();
	}

	private static Feedback read(Readable row) {
		String reason = row.get("reason", String.class);
		return new Feedback(row.get("id", String.class), row.get("draft_id", String.class),
				row.get("author", String.class), "up".equals(row.get("rating", String.class)),
				reason == null ? null : Feedback.Reason.of(reason), row.get("comment", String.class),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

}

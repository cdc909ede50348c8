package io.draftwave.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.draftwave.corpus.StoreDatabase;
import io.draftwave.corpus.StoreWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every statement of {@link DraftStore} and {@link FeedbackStore} on one database: the
 * subclasses run it on the embedded H2 and on PostgreSQL, with the same migrations.
 */
abstract class DraftStoreContract {

	private static final Instant T0 = Instant.parse("2026-03-01T09:15:30.123456Z");

	private final StoreWork work = new StoreWork();

	private DraftStore store;

	private FeedbackStore feedback;

	/** A migrated, empty database of the dialect under test. */
	abstract StoreDatabase database();

	@BeforeEach
	void openStore() {
		StoreDatabase database = database();
		assertThat(database.migrate().migrationsExecuted).isEqualTo(StoreDatabase.migrationCount());
		store = new DraftStore(database.client(), work);
		feedback = new FeedbackStore(database.client(), work);
	}

	@AfterEach
	void closeStore() {
		work.destroy();
	}

	@Test
	void should_read_back_a_draft_as_kept_when_found_by_its_id() {
		// given
		KeptDraft kept = KeptDraft.written("press-office", ReviewFixtures.request(), ReviewFixtures.sources(),
				ReviewFixtures.draft("d-1"), T0);

		// when
		store.insert(kept, first(kept)).block();

		// then
		KeptDraft found = store.find("d-1").block();
		assertThat(found).isEqualTo(kept);
		assertThat(store.history("d-1").collectList().block()).extracting(ReviewEvent::action, ReviewEvent::actor)
			.containsExactly(tuple(ReviewAction.CREATED, "press-office"));
		assertThat(store.find("missing").blockOptional()).isEmpty();
	}

	@Test
	void should_show_the_newest_version_and_the_approver_when_a_step_is_recorded() {
		// given
		KeptDraft kept = KeptDraft.written("press-office", ReviewFixtures.request(), ReviewFixtures.sources(),
				ReviewFixtures.draft("d-1"), T0);
		store.insert(kept, first(kept)).block();
		Instant later = T0.plus(2, ChronoUnit.HOURS);
		DraftVersion second = new DraftVersion(2, "team-lead", later, "교육에는 847명이 참여했다 [1].",
				List.of(kept.draft().citations().get(0)), List.of(), List.of("a warning of version 2"));
		KeptDraft approved = new KeptDraft(kept.owner(), kept.request(), kept.sources(), kept.draft(),
				ReviewState.APPROVED, 2, T0, later, "team-lead", later);

		// when
		store.record(approved, second, new ReviewEvent(2, "team-lead", ReviewAction.APPROVED, 2, "좋습니다", later))
			.block();

		// then
		KeptDraft found = store.find("d-1").block();
		assertThat(found.state()).isEqualTo(ReviewState.APPROVED);
		assertThat(found.version()).isEqualTo(2);
		assertThat(found.approvedBy()).isEqualTo("team-lead");
		assertThat(found.approvedAt()).isEqualTo(later);
		assertThat(found.draft().text()).isEqualTo("교육에는 847명이 참여했다 [1].");
		assertThat(found.draft().warnings()).containsExactly("a warning of version 2");
		assertThat(store.versions("d-1").collectList().block()).extracting(DraftVersion::number, DraftVersion::author)
			.containsExactly(tuple(1, "press-office"), tuple(2, "team-lead"));
		assertThat(store.history("d-1").collectList().block()).extracting(ReviewEvent::comment)
			.containsExactly(null, "좋습니다");
	}

	@Test
	void should_leave_no_version_behind_when_a_steps_history_entry_is_taken() {
		// given
		KeptDraft kept = KeptDraft.written("press-office", ReviewFixtures.request(), ReviewFixtures.sources(),
				ReviewFixtures.draft("d-1"), T0);
		store.insert(kept, first(kept)).block();
		DraftVersion second = new DraftVersion(2, "team-lead", T0.plusSeconds(60), "다른 글 [1].", List.of(), List.of(),
				List.of());
		KeptDraft edited = new KeptDraft(kept.owner(), kept.request(), kept.sources(), kept.draft(), ReviewState.DRAFT,
				2, T0, T0.plusSeconds(60), null, null);

		// when: the step claims history entry 1, which 'created' holds
		Throwable failure = catchThrowable(() -> store
			.record(edited, second, new ReviewEvent(1, "team-lead", ReviewAction.EDITED, 2, null, T0.plusSeconds(60)))
			.block());

		// then
		assertThat(failure).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(store.versions("d-1").map(DraftVersion::number).collectList().block()).containsExactly(1);
		assertThat(store.find("d-1").block().version()).isEqualTo(1);
	}

	@Test
	void should_page_newest_first_by_owner_and_state_when_listing() {
		// given
		for (int i = 0; i < 5; i++) {
			String owner = i % 2 == 0 ? "press-office" : "budget-team";
			KeptDraft kept = KeptDraft.written(owner, ReviewFixtures.request(), ReviewFixtures.sources(),
					ReviewFixtures.draft("d-" + i), T0.plusSeconds(60L * i));
			store.insert(kept, first(kept)).block();
		}

		// when
		List<String> firstPage = store.list("press-office", null, 0, 2).map(KeptDraft::id).collectList().block();
		List<String> secondPage = store.list("press-office", null, 1, 2).map(KeptDraft::id).collectList().block();

		// then
		assertThat(firstPage).containsExactly("d-4", "d-2");
		assertThat(secondPage).containsExactly("d-0");
		assertThat(store.count("press-office", null).block()).isEqualTo(3);
		assertThat(store.count(null, ReviewState.DRAFT).block()).isEqualTo(5);
		assertThat(store.count(null, ReviewState.IN_REVIEW).block()).isZero();
		assertThat(store.list(null, null, 0, 10).map(KeptDraft::id).collectList().block()).containsExactly("d-4", "d-3",
				"d-2", "d-1", "d-0");
	}

	@Test
	void should_count_feedback_by_kind_template_and_cited_document_when_summarised() {
		// given
		KeptDraft kept = KeptDraft.written("press-office", ReviewFixtures.request(), ReviewFixtures.sources(),
				ReviewFixtures.draft("d-1"), T0);
		store.insert(kept, first(kept)).block();
		feedback.insert(new Feedback("f-1", "d-1", "press-office", false, Feedback.Reason.WRONG_FIGURE, "786명이 맞다", T0))
			.block();
		feedback.insert(new Feedback("f-2", "d-1", "budget-team", true, null, null, T0.plusSeconds(5))).block();
		feedback.insert(new Feedback("f-3", "d-1", "budget-team", false, Feedback.Reason.TONE, null, T0.plusSeconds(9)))
			.block();

		// when
		FeedbackSummary summary = feedback.summary().block();

		// then
		assertThat(feedback.ofDraft("d-1").map(Feedback::id).collectList().block()).containsExactly("f-1", "f-2",
				"f-3");
		assertThat(feedback.ofDraft("d-1").blockFirst().comment()).isEqualTo("786명이 맞다");
		FeedbackSummary.Group kind = summary.byKind().get(0);
		assertThat(kind.key()).isEqualTo("press-release");
		assertThat(List.of(kind.total(), kind.up(), kind.down())).containsExactly(3L, 1L, 2L);
		assertThat(kind.reasons()).isEqualTo(new FeedbackSummary.Reasons(0, 1, 0, 1, 0));
		assertThat(summary.byTemplate()).extracting(FeedbackSummary.Group::key).containsExactly("press-release.ko");
		assertThat(summary.byDocument()).extracting(FeedbackSummary.Group::key, FeedbackSummary.Group::label)
			.containsExactlyInAnyOrder(tuple("doc-training", "2024 교육 결과 보고"), tuple("doc-survey", "만족도 조사"));
	}

	private static DraftVersion first(KeptDraft kept) {
		return new DraftVersion(1, kept.owner(), kept.createdAt(), kept.draft().text(), kept.draft().citations(),
				kept.draft().sentences(), kept.draft().warnings());
	}

}

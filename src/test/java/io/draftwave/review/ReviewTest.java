package io.draftwave.review;

import java.nio.file.Path;
import java.time.Clock;

import io.draftwave.corpus.StoreDatabase;
import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.CitationChecker;
import io.draftwave.search.ContentWords;
import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The review's states, who may take each step, self-approval, and the citation check of
 * edits, on the embedded H2 with the real checker.
 */
class ReviewTest {

	private static final ApiKey OWNER = new ApiKey("press-office", Role.OFFICIAL);

	private static final ApiKey OTHER = new ApiKey("budget-team", Role.OFFICIAL);

	private static final ApiKey REVIEWER = new ApiKey("team-lead", Role.REVIEWER);

	private static final ApiKey REVIEWING_OWNER = new ApiKey("press-office", Role.REVIEWER);

	@TempDir
	Path folder;

	private final StoreWork work = new StoreWork();

	private DraftStore store;

	private final CitationChecker checker = new CitationChecker(new ContentWords(),
			CitationChecker.DEFAULT_SUPPORT_THRESHOLD);

	@BeforeEach
	void openStore() {
		StoreDatabase database = StoreDatabase.h2(folder);
		database.migrate();
		store = new DraftStore(database.client(), work);
	}

	@AfterEach
	void closeStore() {
		work.destroy();
	}

	@Test
	void should_hide_a_draft_from_other_officials_and_show_it_to_reviewers_once_submitted() {
		// given
		Review review = review(false);
		keep(review, "d-1");

		// when / then
		assertThat(review.read("d-1", OWNER).blockOptional()).isPresent();
		assertThat(review.read("d-1", OTHER).blockOptional()).isEmpty();
		assertThat(review.read("d-1", REVIEWER).blockOptional()).isEmpty();
		assertThat(review.read("d-1", new ApiKey("it-team", Role.ADMIN)).blockOptional()).isPresent();
		assertThat(review.submit("d-1", OTHER, null).blockOptional()).isEmpty();

		// when
		review.submit("d-1", OWNER, "검토 부탁드립니다").block();

		// then
		assertThat(review.read("d-1", REVIEWER).block().state()).isEqualTo(ReviewState.IN_REVIEW);
		assertThat(review.read("d-1", OTHER).blockOptional()).isEmpty();
	}

	@Test
	void should_approve_with_the_approver_when_a_reviewer_approves_a_submitted_draft() {
		// given
		Review review = review(false);
		keep(review, "d-1");
		review.submit("d-1", OWNER, null).block();

		// when
		KeptDraft approved = review.approve("d-1", REVIEWER, "승인합니다").block();

		// then
		assertThat(approved.state()).isEqualTo(ReviewState.APPROVED);
		KeptDraft found = store.find("d-1").block();
		assertThat(found.approvedBy()).isEqualTo("team-lead");
		assertThat(found.approvedAt()).isNotNull();
		assertThat(store.history("d-1").map(ReviewEvent::action).collectList().block())
			.containsExactly(ReviewAction.CREATED, ReviewAction.SUBMITTED, ReviewAction.APPROVED);
	}

	@Test
	void should_refuse_illegal_transitions_with_a_conflict() {
		// given
		Review review = review(false);
		keep(review, "d-1");

		// when / then: never submitted
		assertThatExceptionOfType(ReviewConflictException.class)
			.isThrownBy(() -> review.approve("d-1", new ApiKey("it-team", Role.ADMIN), null).block())
			.withMessageContaining("'draft' cannot approve");

		// given: submitted, then returned
		review.submit("d-1", OWNER, null).block();
		assertThatExceptionOfType(ReviewConflictException.class)
			.isThrownBy(() -> review.submit("d-1", OWNER, null).block());
		review.returnToOwner("d-1", REVIEWER, "수치를 확인하세요").block();
		assertThatExceptionOfType(ReviewConflictException.class)
			.isThrownBy(() -> review.approve("d-1", REVIEWER, null).block());

		// when: submitted again and approved
		review.submit("d-1", OWNER, null).block();
		review.approve("d-1", REVIEWER, null).block();

		// then: final
		assertThatExceptionOfType(ReviewConflictException.class)
			.isThrownBy(() -> review.edit("d-1", REVIEWER, "새 글 [1].", null).block());
		assertThatExceptionOfType(ReviewConflictException.class)
			.isThrownBy(() -> review.comment("d-1", OWNER, "한 마디").block());
		assertThat(store.find("d-1").block().state()).isEqualTo(ReviewState.APPROVED);
	}

	@Test
	void should_refuse_the_owner_approving_their_own_draft_unless_allowed() {
		// given
		Review strict = review(false);
		keep(strict, "d-1");
		strict.submit("d-1", REVIEWING_OWNER, null).block();

		// when / then
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> strict.approve("d-1", REVIEWING_OWNER, null).block())
			.withMessageContaining("allow-self-approval");
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> strict.approve("d-1", OWNER, null).block())
			.withMessageContaining("reviewer role");
		assertThat(review(true).approve("d-1", REVIEWING_OWNER, null).block().approvedBy()).isEqualTo("press-office");
	}

	@Test
	void should_warn_about_the_sentence_when_an_edit_drops_its_sources_support() {
		// given
		Review review = review(false);
		keep(review, "d-1");
		review.submit("d-1", OWNER, null).block();
		String edited = "2024년 데이터 인재 양성 교육에는 1,200명이 참여했다 [1]. 교육 만족도는 4.6점이었다 [2]. 추가 설명이다 [9].";

		// when
		KeptDraft after = review.edit("d-1", REVIEWER, edited, "인원 수정").block();

		// then
		assertThat(after.version()).isEqualTo(2);
		DraftVersion second = store.version("d-1", 2).block();
		assertThat(second.author()).isEqualTo("team-lead");
		assertThat(second.text()).contains("1,200명이 참여했다 [1]").doesNotContain("[9]");
		assertThat(second.sentences().get(0).supported()).isFalse();
		assertThat(second.sentences().get(1).supported()).isTrue();
		assertThat(second.warnings()).anySatisfy(w -> assertThat(w).startsWith("removed marker [9]"))
			.anySatisfy(w -> assertThat(w).startsWith("sentence 1 is not supported by its sources").contains("1,200명"))
			.noneSatisfy(w -> assertThat(w).startsWith("sentence 2 "));
		assertThat(store.find("d-1").block().draft().warnings()).isEqualTo(second.warnings());
	}

	@Test
	void should_let_only_a_reviewer_edit_a_draft_in_review_and_refuse_an_unchanged_text() {
		// given
		Review review = review(false);
		keep(review, "d-1");
		review.edit("d-1", OWNER, ReviewFixtures.TEXT + " 문의는 홍보과로 하면 된다.", null).block();
		review.submit("d-1", OWNER, null).block();

		// when / then
		assertThatExceptionOfType(ReviewRefusedException.class)
			.isThrownBy(() -> review.edit("d-1", OWNER, "다른 글 [1].", null).block());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> review.edit("d-1", REVIEWER, ReviewFixtures.TEXT + " 문의는 홍보과로 하면 된다.", null).block());
		assertThat(store.versions("d-1").map(DraftVersion::author).collectList().block())
			.containsExactly("press-office", "press-office");
	}

	private Review review(boolean allowSelfApproval) {
		return new Review(store, checker, allowSelfApproval, Clock.systemUTC());
	}

	private static void keep(Review review, String id) {
		review.keep(OWNER.name(), ReviewFixtures.request(), ReviewFixtures.sources(), ReviewFixtures.draft(id)).block();
	}

}

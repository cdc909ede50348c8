package io.draftwave.conversations;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.StoreDatabase;
import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.CitationChecker;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftRequest;
import io.draftwave.review.DraftStore;
import io.draftwave.review.Review;
import io.draftwave.search.ContentWords;
import io.draftwave.security.ApiKey;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Kept conversations over the embedded H2 with real kept drafts: follow-ups carry the
 * latest earlier questions and answers, titles are masked, and another key's conversation
 * does not exist for it, whatever its role.
 */
class KeptConversationsTest {

	private static final ApiKey OWNER = new ApiKey("press-office", Role.OFFICIAL);

	private static final ApiKey OTHER = new ApiKey("budget-team", Role.OFFICIAL);

	private static final ApiKey ADMIN = new ApiKey("it-team", Role.ADMIN);

	@TempDir
	Path folder;

	private final StoreWork work = new StoreWork();

	private Review review;

	private KeptConversations conversations;

	@BeforeEach
	void open() {
		StoreDatabase database = StoreDatabase.h2(folder);
		database.migrate();
		review = new Review(new DraftStore(database.client(), work),
				new CitationChecker(new ContentWords(), CitationChecker.DEFAULT_SUPPORT_THRESHOLD), false,
				Clock.systemUTC());
		conversations = new KeptConversations(new ConversationStore(database.client(), work), review,
				new KoreanPiiMasker(), Clock.systemUTC());
	}

	@AfterEach
	void close() {
		work.destroy();
	}

	@Test
	void should_send_the_latest_three_earlier_questions_and_answers_when_a_follow_up_is_asked() {
		// given: four questions answered
		String id = conversations.start(OWNER, null).block().id();
		for (int i = 1; i <= 4; i++) {
			answer(id, "질문 " + i + "번: 교육 참여 인원은?", "답변 " + i + "번: 847명이 참여했다.");
		}

		// when
		DraftRequest followUp = conversations.followUp(id, OWNER, ask("만족도는?"), null).block().request();

		// then
		assertThat(followUp.instructions()).isEqualTo("""
				만족도는?

				이전 대화:
				user: 질문 2번: 교육 참여 인원은?
				assistant: 답변 2번: 847명이 참여했다.
				user: 질문 3번: 교육 참여 인원은?
				assistant: 답변 3번: 847명이 참여했다.
				user: 질문 4번: 교육 참여 인원은?
				assistant: 답변 4번: 847명이 참여했다.""");
		assertThat(followUp.kind()).isEqualTo(DraftKind.ANSWER);
		assertThat(followUp.documentIds()).containsExactly("doc-training");
	}

	@Test
	void should_ask_a_turn_again_with_the_context_it_had_and_give_it_the_new_draft_when_retried() {
		// given
		String id = conversations.start(OWNER, null).block().id();
		answer(id, "교육 참여 인원은?", "847명이 참여했다.");
		String second = answer(id, "수료 인원은?", "모델 대신 추출한 답변.");
		answer(id, "만족도는?", "4.6점이었다.");

		// when: the second turn is asked again
		KeptConversations.FollowUp retry = conversations.followUp(id, OWNER, ask("수료 인원은?"), second).block();
		String again = keep(ask("수료 인원은?"), "786명이 수료했다.");
		conversations.record(id, ask("수료 인원은?"), again, retry.retried()).block();

		// then
		assertThat(retry.retried()).isEqualTo(2);
		assertThat(retry.request().instructions()).isEqualTo("""
				수료 인원은?

				이전 대화:
				user: 교육 참여 인원은?
				assistant: 847명이 참여했다.""");
		KeptConversations.Reopened reopened = conversations.reopen(id, OWNER).block();
		assertThat(reopened.conversation().turns()).isEqualTo(3);
		assertThat(reopened.turns()).extracting(t -> t.turn().seq(), t -> t.draft().draft().text())
			.containsExactly(tuple(1, "847명이 참여했다."), tuple(2, "786명이 수료했다."), tuple(3, "4.6점이었다."));
		assertThat(conversations.followUp(id, OWNER, ask("다른 질문"), "d-unknown").block().retried()).isZero();
	}

	@Test
	void should_ask_the_question_alone_when_the_conversation_has_no_turn_yet() {
		// given
		String id = conversations.start(OWNER, null).block().id();

		// when
		DraftRequest followUp = conversations.followUp(id, OWNER, ask("교육 참여 인원은?"), null).block().request();

		// then
		assertThat(followUp).isEqualTo(ask("교육 참여 인원은?"));
	}

	@Test
	void should_title_a_conversation_by_its_first_question_with_personal_data_masked() {
		// given
		String id = conversations.start(OWNER, null).block().id();

		// when
		answer(id, "민원인 010-1234-5678 에게   답변할 내용은?", "답변입니다.");
		answer(id, "두 번째 질문", "두 번째 답변입니다.");

		// then
		Conversation c = conversations.read(id, OWNER).block();
		assertThat(c.title()).isEqualTo("민원인 [전화번호] 에게 답변할 내용은?");
		assertThat(c.turns()).isEqualTo(2);
		assertThat(conversations.reopen(id, OWNER).block().turns()).extracting(t -> t.turn().question())
			.containsExactly("민원인 010-1234-5678 에게   답변할 내용은?", "두 번째 질문");
		assertThat(conversations.start(OWNER, "가".repeat(200)).block().title())
			.hasSize(KeptConversations.MAX_TITLE_CHARS)
			.endsWith("…");
	}

	@Test
	void should_reopen_a_conversation_with_each_turns_draft_as_kept() {
		// given
		String id = conversations.start(OWNER, null).block().id();
		String first = answer(id, "교육 참여 인원은?", "847명이 참여했다.");
		String second = answer(id, "수료 인원은?", "786명이 수료했다.");

		// when
		KeptConversations.Reopened reopened = conversations.reopen(id, OWNER).block();

		// then
		assertThat(reopened.turns()).extracting(t -> t.turn().draftId(), t -> t.draft().draft().text())
			.containsExactly(tuple(first, "847명이 참여했다."), tuple(second, "786명이 수료했다."));
	}

	@Test
	void should_hide_a_conversation_from_every_other_key_and_let_only_its_owner_delete_it() {
		// given
		String id = conversations.start(OWNER, null).block().id();
		String draftId = answer(id, "교육 참여 인원은?", "847명이 참여했다.");

		// then: not for another official, nor for an administrator
		for (ApiKey other : List.of(OTHER, ADMIN)) {
			assertThat(conversations.read(id, other).blockOptional()).isEmpty();
			assertThat(conversations.reopen(id, other).blockOptional()).isEmpty();
			assertThat(conversations.followUp(id, other, ask("만족도는?"), null).blockOptional()).isEmpty();
			assertThat(conversations.delete(id, other).blockOptional()).isEmpty();
			assertThat(conversations.list(other, 0, 10).collectList().block()).isEmpty();
		}
		assertThat(conversations.read(id, OWNER).blockOptional()).isPresent();

		// when
		Boolean deleted = conversations.delete(id, OWNER).block();

		// then
		assertThat(deleted).isTrue();
		assertThat(conversations.read(id, OWNER).blockOptional()).isEmpty();
		assertThat(conversations.count(OWNER).block()).isZero();
		assertThat(review.read(draftId, OWNER).blockOptional()).as("the draft stays kept").isPresent();
	}

	/** Keeps a draft answering the question and adds it to the conversation. */
	private String answer(String conversationId, String question, String text) {
		DraftRequest asked = ask(question);
		String draftId = keep(asked, text);
		conversations.record(conversationId, asked, draftId, 0).block();
		return draftId;
	}

	/** Keeps a draft of the owner's answering the question; its id. */
	private String keep(DraftRequest asked, String text) {
		String draftId = "d-" + System.nanoTime();
		Draft draft = new Draft(draftId, asked.kind(), asked.language(), text, List.of(), List.of(), "extractive",
				"extractive", List.of(), null, 5, null);
		review.keep(OWNER.name(), asked, List.of(), draft).block();
		return draftId;
	}

	private static DraftRequest ask(String question) {
		return new DraftRequest(DraftKind.ANSWER, question, Language.KO, Set.of("doc-training"), 8, false);
	}

}

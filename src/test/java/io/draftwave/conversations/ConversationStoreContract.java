package io.draftwave.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.StoreDatabase;
import io.draftwave.corpus.StoreWork;
import io.draftwave.drafting.DraftKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every statement of {@link ConversationStore} on one database: the subclasses run it on
 * the embedded H2 and on PostgreSQL, with the same migrations.
 */
abstract class ConversationStoreContract {

	private static final Instant T0 = Instant.parse("2026-03-02T08:05:10.654321Z");

	private final StoreWork work = new StoreWork();

	private ConversationStore store;

	/** A migrated, empty database of the dialect under test. */
	abstract StoreDatabase database();

	@BeforeEach
	void openStore() {
		StoreDatabase database = database();
		assertThat(database.migrate().migrationsExecuted).isEqualTo(StoreDatabase.migrationCount());
		store = new ConversationStore(database.client(), work);
	}

	@AfterEach
	void closeStore() {
		work.destroy();
	}

	@Test
	void should_read_back_a_conversation_and_its_turns_in_order_when_found_by_its_id() {
		// given
		store.insert(new Conversation("c-1", "press-office", "", 0, T0, T0)).block();

		// when
		Turn first = store
			.append("c-1", "2024년 교육 참여 인원은?",
					turn("2024년 교육 참여 인원은?", DraftKind.ANSWER, Set.of("doc-b", "doc-a"), "d-1", T0.plusSeconds(5)))
			.block();
		Turn second = store
			.append("c-1", "Who took part?",
					new Turn(0, "Who took part?", DraftKind.MEMO, Language.EN, Set.of(), "d-2", T0.plusSeconds(70)))
			.block();

		// then
		assertThat(List.of(first.seq(), second.seq())).containsExactly(1, 2);
		Conversation found = store.find("c-1").block();
		assertThat(found)
			.isEqualTo(new Conversation("c-1", "press-office", "2024년 교육 참여 인원은?", 2, T0, T0.plusSeconds(70)));
		assertThat(store.turns("c-1").collectList().block()).containsExactly(first, second);
		assertThat(store.turns("c-1").blockFirst().documentIds()).containsExactlyInAnyOrder("doc-a", "doc-b");
		assertThat(store.find("missing").blockOptional()).isEmpty();
	}

	@Test
	void should_keep_a_given_title_when_the_first_turn_is_added() {
		// given
		store.insert(new Conversation("c-1", "press-office", "교육 보도자료", 0, T0, T0)).block();

		// when
		store.append("c-1", "첫 질문", turn("첫 질문", DraftKind.PRESS_RELEASE, Set.of(), "d-1", T0.plusSeconds(1))).block();

		// then
		assertThat(store.find("c-1").block().title()).isEqualTo("교육 보도자료");
	}

	@Test
	void should_give_turns_added_at_once_numbers_one_after_another() {
		// given
		store.insert(new Conversation("c-1", "press-office", "", 0, T0, T0)).block();

		// when
		Flux.merge(IntStream.rangeClosed(1, 8)
			.mapToObj(i -> store.append("c-1", "질문 " + i,
					turn("질문 " + i, DraftKind.ANSWER, Set.of(), "d-" + i, T0.plusSeconds(i))))
			.toList()).collectList().block();

		// then
		List<Turn> turns = store.turns("c-1").collectList().block();
		assertThat(turns).extracting(Turn::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(turns).extracting(Turn::draftId)
			.containsExactlyInAnyOrder("d-1", "d-2", "d-3", "d-4", "d-5", "d-6", "d-7", "d-8");
		assertThat(store.find("c-1").block().turns()).isEqualTo(8);
	}

	@Test
	void should_page_an_owners_conversations_with_the_latest_turn_first() {
		// given
		for (int i = 0; i < 3; i++) {
			store.insert(new Conversation("c-" + i, "press-office", "", 0, T0.plusSeconds(i), T0.plusSeconds(i)))
				.block();
		}
		store.insert(new Conversation("c-other", "budget-team", "", 0, T0.plusSeconds(9), T0.plusSeconds(9))).block();
		store.append("c-0", "오래된 대화의 새 질문", turn("오래된 대화의 새 질문", DraftKind.ANSWER, Set.of(), "d-1", T0.plusSeconds(60)))
			.block();

		// when
		List<String> firstPage = store.list("press-office", 0, 2).map(Conversation::id).collectList().block();
		List<String> secondPage = store.list("press-office", 1, 2).map(Conversation::id).collectList().block();

		// then
		assertThat(firstPage).containsExactly("c-0", "c-2");
		assertThat(secondPage).containsExactly("c-1");
		assertThat(store.count("press-office").block()).isEqualTo(3);
		assertThat(store.list("budget-team", 0, 10).collectList().block())
			.extracting(Conversation::id, Conversation::owner)
			.containsExactly(tuple("c-other", "budget-team"));
		assertThat(catchThrowable(() -> store.list("press-office", 0, ConversationStore.MAX_PAGE_SIZE + 1).blockLast()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void should_give_a_turn_its_new_draft_when_it_is_asked_again() {
		// given
		store.insert(new Conversation("c-1", "press-office", "", 0, T0, T0)).block();
		store.append("c-1", "질문", turn("질문", DraftKind.ANSWER, Set.of(), "d-1", T0.plusSeconds(1))).block();
		store.append("c-1", "다음 질문", turn("다음 질문", DraftKind.ANSWER, Set.of(), "d-2", T0.plusSeconds(2))).block();

		// when
		Boolean replaced = store.replaceDraft("c-1", 1, "d-1b", T0.plusSeconds(30)).block();

		// then
		assertThat(replaced).isTrue();
		assertThat(store.turns("c-1").collectList().block()).extracting(Turn::seq, Turn::draftId, Turn::at)
			.containsExactly(tuple(1, "d-1b", T0.plusSeconds(30)), tuple(2, "d-2", T0.plusSeconds(2)));
		assertThat(store.find("c-1").block().updatedAt()).isEqualTo(T0.plusSeconds(30));
		assertThat(store.replaceDraft("c-1", 3, "d-3", T0.plusSeconds(31)).block()).isFalse();
	}

	@Test
	void should_remove_the_conversation_with_its_turns_when_deleted() {
		// given
		store.insert(new Conversation("c-1", "press-office", "", 0, T0, T0)).block();
		store.insert(new Conversation("c-2", "press-office", "", 0, T0, T0)).block();
		store.append("c-1", "질문", turn("질문", DraftKind.ANSWER, Set.of(), "d-1", T0.plusSeconds(1))).block();
		store.append("c-2", "질문", turn("질문", DraftKind.ANSWER, Set.of(), "d-2", T0.plusSeconds(1))).block();

		// when
		Boolean deleted = store.delete("c-1").block();

		// then
		assertThat(deleted).isTrue();
		assertThat(store.find("c-1").blockOptional()).isEmpty();
		assertThat(store.turns("c-1").collectList().block()).isEmpty();
		assertThat(store.delete("c-1").block()).isFalse();
		assertThat(store.append("c-1", "늦은 질문", turn("늦은 질문", DraftKind.ANSWER, Set.of(), "d-3", T0.plusSeconds(2)))
			.blockOptional()).isEmpty();
		assertThat(store.turns("c-2").map(Turn::draftId).collectList().block()).containsExactly("d-2");
	}

	private static Turn turn(String question, DraftKind kind, Set<String> documents, String draftId, Instant at) {
		return new Turn(0, question, kind, Language.KO, documents, draftId, at);
	}

}

package io.draftwave.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.draftwave.corpus.Language;
import io.draftwave.search.ContentWords;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.LuceneIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

class DraftingServiceTest {

	private final LuceneIndex index = LuceneIndex.inMemory(IndexSettings.defaults());

	private final ContentWords words = new ContentWords();

	@BeforeEach
	void indexSources() {
		index.indexAll(List.of(DraftingFixtures.document("fair", "청년 일자리 박람회 결과", DraftingFixtures.FAIR_KO),
				DraftingFixtures.document("plan", "박람회 개선 계획", DraftingFixtures.FAIR_PLAN_KO)));
	}

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void should_send_sources_first_citation_after_completing_delta_and_done_last_when_marker_is_split() {
		// given
		Drafter drafter = prompt -> Flux.just(new DraftOutput.Text("박람회에 청년 1,200명이 참여했다 [1"),
				new DraftOutput.Text("] 만족도는 높았다 [99]."), new DraftOutput.Warning("모델 경고"),
				new DraftOutput.Done("llm", "stub-model", new DraftOutput.Usage(10, 5)));
		List<DraftEvent> events = new ArrayList<>();

		// when
		StepVerifier.create(service(drafter).stream(request("청년 일자리 박람회 참여 결과")))
			.assertNext(e -> assertThat(e).isInstanceOfSatisfying(DraftEvent.Sources.class,
					s -> assertThat(s.sources()).extracting(NumberedSource::number).startsWith(1)))
			.recordWith(() -> events)
			.thenConsumeWhile(e -> true)
			.verifyComplete();

		// then
		assertThat(events).last().isInstanceOf(DraftEvent.Done.class);
		assertThat(events).filteredOn(DraftEvent.Sources.class::isInstance).isEmpty();
		int cited = indexOf(events, DraftEvent.Cited.class);
		assertThat(cited).isPositive();
		assertThat(((DraftEvent.Cited) events.get(cited)).citation().marker()).isEqualTo(1);
		assertThat(events.get(cited - 1)).isInstanceOfSatisfying(DraftEvent.Delta.class,
				d -> assertThat(deltas(events.subList(0, cited))).contains("[1]"));
		assertThat(events).filteredOn(DraftEvent.Cited.class::isInstance).hasSize(1);
		assertThat(deltas(events)).contains("참여했다 [1]").doesNotContain("[99]").doesNotContain("[1[");
		assertThat(events).filteredOn(DraftEvent.Delta.class::isInstance)
			.allSatisfy(e -> assertThat(((DraftEvent.Delta) e).text()).doesNotEndWith("[1"));
		assertThat(events).filteredOn(DraftEvent.Warning.class::isInstance)
			.extracting(e -> ((DraftEvent.Warning) e).message())
			.anySatisfy(m -> assertThat(m).contains("[99]"))
			.contains("모델 경고");
		Draft draft = ((DraftEvent.Done) events.getLast()).draft();
		assertThat(draft.text()).isEqualTo(deltas(events));
		assertThat(draft.mode()).isEqualTo("llm");
		assertThat(draft.model()).isEqualTo("stub-model");
		assertThat(draft.usage()).isEqualTo(new DraftOutput.Usage(10, 5));
		assertThat(draft.warnings()).contains("모델 경고").anySatisfy(w -> assertThat(w).contains("[99]"));
		assertThat(draft.citations()).extracting(Citation::marker).containsExactly(1);
		assertThat(draft.draftId()).isNotBlank();
	}

	@Test
	void should_refuse_without_calling_drafter_when_no_source_is_relevant() {
		// given
		AtomicBoolean called = new AtomicBoolean();
		Drafter drafter = prompt -> {
			called.set(true);
			return Flux.empty();
		};

		// when / then
		StepVerifier.create(service(drafter).stream(request("청년 주택 임대 보증금 대출 이자 지원 자격 조건")))
			.expectNext(new DraftEvent.Sources(List.of()))
			.expectNext(new DraftEvent.Delta(DraftingService.REFUSAL_KO))
			.expectNext(new DraftEvent.Warning(DraftingService.REFUSED))
			.assertNext(e -> assertThat(e).isInstanceOfSatisfying(DraftEvent.Done.class, done -> {
				assertThat(done.draft().citations()).isEmpty();
				assertThat(done.draft().mode()).isEqualTo("extractive");
				assertThat(done.draft().model()).isEqualTo("none");
				assertThat(done.draft().warnings()).containsExactly(DraftingService.REFUSED);
				assertThat(done.draft().text()).startsWith("제공된 자료에서 요청하신 내용과 관련된 근거를 찾지 못했습니다");
			}))
			.verifyComplete();
		assertThat(called).isFalse();
	}

	@Test
	void should_refuse_in_english_when_request_is_english() {
		// given
		DraftRequest request = new DraftRequest(DraftKind.ANSWER, "library opening hours on holidays", Language.EN,
				Set.of(), 8, false);

		// when / then
		StepVerifier.create(service(prompt -> Flux.empty()).draft(request))
			.assertNext(
					draft -> assertThat(draft.text()).startsWith("The documents available do not cover this request"))
			.verifyComplete();
	}

	@Test
	void should_end_with_the_extractive_draft_and_keep_the_models_text_apart_when_the_model_stops_early() {
		// given a model that wrote half a sentence citing [2], then stalled
		Drafter stalling = prompt -> Flux.<DraftOutput>just(new DraftOutput.Text("박람회 개선 계획에 따르면 [2] 시는 "))
			.concatWith(Flux.error(new DrafterException("the language model did not answer within 20 s", true)));
		FallbackDrafter drafter = new FallbackDrafter(stalling, "qwen", new ExtractiveDrafter(words));
		List<DraftEvent> events = new ArrayList<>();

		// when
		StepVerifier.create(service(drafter).stream(request("청년 일자리 박람회 참여 결과")))
			.recordWith(() -> events)
			.thenConsumeWhile(e -> true)
			.verifyComplete();

		// then the model's deltas were sent, nothing of the extractive text was, and done
		// replaces them
		assertThat(deltas(events)).isEqualTo("박람회 개선 계획에 따르면 [2] 시는");
		Draft draft = ((DraftEvent.Done) events.getLast()).draft();
		assertThat(draft.mode()).isEqualTo("extractive");
		assertThat(draft.modelText()).isEqualTo("박람회 개선 계획에 따르면 [2] 시는 ");
		assertThat(draft.text()).startsWith("## 답변\n").contains("1,200명").doesNotContain("따르면");
		assertThat(draft.citations()).extracting(Citation::marker).contains(1);
		assertThat(draft.sentences()).isNotEmpty()
			.allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(draft.text().length()));
		assertThat(draft.warnings())
			.anySatisfy(w -> assertThat(w).contains("stopped before the draft was complete").contains("within 20 s"));
		assertThat(events).filteredOn(DraftEvent.Warning.class::isInstance).hasSize(1);
	}

	@Test
	void should_leave_model_text_empty_when_the_model_finishes_its_draft() {
		// given
		Drafter answering = prompt -> Flux.just(new DraftOutput.Text("박람회에 청년 1,200명이 참여했다 [1]."),
				new DraftOutput.Done("llm", "qwen", null));

		// when
		Draft draft = service(answering).draft(request("청년 일자리 박람회 참여 결과")).block();

		// then
		assertThat(draft.modelText()).isNull();
		assertThat(draft.text()).isEqualTo("박람회에 청년 1,200명이 참여했다 [1].");
	}

	@Test
	void should_cancel_drafter_when_client_cancels_the_stream() {
		// given
		PublisherProbe<DraftOutput> writing = PublisherProbe
			.of(Flux.<DraftOutput>just(new DraftOutput.Text("박람회는 ")).concatWith(Flux.never()));

		// when
		StepVerifier.create(service(prompt -> writing.flux()).stream(request("청년 일자리 박람회 참여 결과")))
			.expectNextMatches(DraftEvent.Sources.class::isInstance)
			// the trailing space waits for the next piece: a removed marker may take it
			// along
			.expectNext(new DraftEvent.Delta("박람회는"))
			.thenCancel()
			.verify();

		// then
		writing.assertWasSubscribed();
		writing.assertWasCancelled();
	}

	@Test
	void should_return_checked_draft_of_extractive_drafter_when_draft_is_requested() {
		// given
		DraftingService service = service(new ExtractiveDrafter(words));

		// when / then
		StepVerifier.create(service.draft(request("청년 일자리 박람회 참여 결과"))).assertNext(draft -> {
			assertThat(draft.mode()).isEqualTo("extractive");
			assertThat(draft.text()).startsWith("## 답변\n").contains("[1]");
			assertThat(draft.citations()).isNotEmpty();
			assertThat(draft.kind()).isEqualTo(DraftKind.ANSWER);
			assertThat(draft.tookMs()).isNotNegative();
		}).verifyComplete();
	}

	private DraftingService service(Drafter drafter) {
		DraftingProperties properties = DraftingProperties.defaults();
		return new DraftingService(new SourceSelector(index, words, properties),
				new PromptTemplates(Path.of("prompts")), drafter,
				new CitationChecker(words, properties.supportThreshold()));
	}

	private static DraftRequest request(String instructions) {
		return new DraftRequest(DraftKind.ANSWER, instructions, Language.KO, Set.of(), 8, false);
	}

	private static int indexOf(List<DraftEvent> events, Class<?> type) {
		for (int i = 0; i < events.size(); i++) {
			if (type.isInstance(events.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String deltas(List<DraftEvent> events) {
		StringBuilder text = new StringBuilder();
		events.stream()
			.filter(DraftEvent.Delta.class::isInstance)
			.forEach(e -> text.append(((DraftEvent.Delta) e).text()));
		return text.toString();
	}

}

package io.draftwave.drafting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.draftwave.corpus.Language;
import io.draftwave.corpus.SentenceSplitter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers a {@link DraftRequest}: selects and numbers the sources, renders the kind's
 * prompt, lets the drafter write, and checks the citations of the finished text.
 * <p>
 * The drafter's text passes through a {@link MarkerTracker}: a marker naming no source
 * never reaches the client (it is dropped and reported as a warning), and a marker split
 * across pieces ({@code "…[1"}, {@code "] …"}) is held back until it is whole. Each
 * marker's source is sent as a {@link DraftEvent.Cited} right after the delta that
 * completed it, the first time it appears. The final {@link Draft} comes from
 * {@link CitationChecker#check} on the whole text, strict as the request asks; its
 * warnings are the drafter's, the dropped markers' and the checker's, in that order.
 * <p>
 * A model that stopped before its draft was complete: when the drafter emits
 * {@link DraftOutput.Restart} (a {@link FallbackDrafter} does, before the extractive
 * drafter's output), the text written so far becomes the draft's {@link Draft#modelText()
 * modelText} and the text that follows is the draft: it is checked, its markers and
 * citations are the draft's, and it is not sent as deltas. The client has then seen the
 * model's deltas, the warning, and a {@code Done} whose text and citations replace
 * everything streamed before.
 * <p>
 * Refusal: when {@link SourceSelector} finds nothing relevant enough, no drafter is
 * called; the events are {@code Sources([])}, one {@code Delta} with a refusal in the
 * request's language, {@code Warning("refused: no passage relevant enough")} and a
 * {@code Done} whose draft has no citations, mode {@code extractive} and model
 * {@code none}.
 * <p>
 * Search and template reading run together, in one task on
 * {@link Schedulers#boundedElastic()}; cancelling the stream cancels the drafter. Keeping
 * the finished draft, with its sources and its owner, is the caller's: the sources are in
 * the {@code Sources} event, the draft in {@code Done}.
 */
public final class DraftingService {

	static final String REFUSAL_KO = "제공된 자료에서 요청하신 내용과 관련된 근거를 찾지 못했습니다. " + "검색할 문서의 범위를 넓히거나 요청을 더 구체적으로 적어 주십시오.";

	static final String REFUSAL_EN = "The documents available do not cover this request. "
			+ "Widen the documents searched or make the request more specific.";

	static final String REFUSED = "refused: no passage relevant enough";

	private final SourceSelector selector;

	private final PromptTemplates templates;

	private final Drafter drafter;

	private final CitationChecker checker;

	/**
	 * @param selector chooses and numbers the sources
	 * @param templates renders the prompt of the request's kind and language
	 * @param drafter writes the text, normally a {@link FallbackDrafter} or the
	 * {@link ExtractiveDrafter}
	 * @param checker checks the markers and sentences of the finished text
	 */
	public DraftingService(SourceSelector selector, PromptTemplates templates, Drafter drafter,
			CitationChecker checker) {
		this.selector = selector;
		this.templates = templates;
		this.drafter = drafter;
		this.checker = checker;
	}

	/**
	 * The draft as it is written: {@link DraftEvent.Sources} first,
	 * {@link DraftEvent.Done} last (see {@link DraftEvent} for the order in between).
	 * Errors of the drafter end the stream with that error; wrap a model in a
	 * {@link FallbackDrafter} to avoid them.
	 */
	public Flux<DraftEvent> stream(DraftRequest request) {
		long started = System.nanoTime();
		// selection and prompt in one task: a second hop would queue again behind other
		// drafts' searches
		return Mono.fromCallable(() -> prepare(request))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany(prepared -> prepared.prompt() == null ? refuse(request, started)
					: write(request, prepared.sources(), prepared.prompt(), started));
	}

	/** The checked draft: the {@link DraftEvent.Done} of {@link #stream}. */
	public Mono<Draft> draft(DraftRequest request) {
		return stream(request).ofType(DraftEvent.Done.class).map(DraftEvent.Done::draft).single();
	}

	/** The numbered sources and, unless there are none, the rendered prompt; blocking. */
	private Prepared prepare(DraftRequest request) {
		List<NumberedSource> sources = selector.select(request);
		return new Prepared(sources, sources.isEmpty() ? null : templates.render(request, sources));
	}

	private Flux<DraftEvent> write(DraftRequest request, List<NumberedSource> sources, DraftPrompt prompt,
			long started) {
		Writing writing = new Writing(request, sources, started);
		Flux<DraftEvent> body = drafter.write(prompt).concatMapIterable(writing::accept);
		return Flux.concat(Flux.just(new DraftEvent.Sources(sources)), body, Flux.defer(writing::finish));
	}

	private record Prepared(List<NumberedSource> sources, @Nullable DraftPrompt prompt) {
	}

	private Flux<DraftEvent> refuse(DraftRequest request, long started) {
		String text = request.language() == Language.KO ? REFUSAL_KO : REFUSAL_EN;
		List<SentenceCheck> sentences = new SentenceSplitter().split(text)
			.stream()
			.map(s -> new SentenceCheck(s.start(), s.end(), List.of(), true, null))
			.toList();
		Draft draft = new Draft(UUID.randomUUID().toString(), request.kind(), request.language(), text, List.of(),
				sentences, "extractive", "none", List.of(REFUSED), null, millisSince(started));
		return Flux.just(new DraftEvent.Sources(List.of()), new DraftEvent.Delta(text), new DraftEvent.Warning(REFUSED),
				new DraftEvent.Done(draft));
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** The state of one draft being written; used by one subscription, serially. */
	private final class Writing {

		private final DraftRequest request;

		private final List<NumberedSource> sources;

		private final long started;

		private MarkerTracker tracker;

		private final StringBuilder text = new StringBuilder();

		private @Nullable String modelText;

		private final List<String> warnings = new ArrayList<>();

		private final Set<Integer> cited = new HashSet<>();

		private int droppedSeen;

		private DraftOutput.Done done = new DraftOutput.Done("llm", "unknown", null);

		private boolean sawDone;

		Writing(DraftRequest request, List<NumberedSource> sources, long started) {
			this.request = request;
			this.sources = sources;
			this.started = started;
			this.tracker = new MarkerTracker(sources);
		}

		List<DraftEvent> accept(DraftOutput output) {
			return switch (output) {
				case DraftOutput.Text piece -> events(tracker.accept(piece.text()));
				case DraftOutput.Warning warning -> List.of(warn(warning.message()));
				case DraftOutput.Restart restart -> restart();
				case DraftOutput.Done last -> {
					done = last;
					sawDone = true;
					yield List.of();
				}
			};
		}

		/**
		 * Sets the text so far aside as the model's; what follows is the draft, not
		 * streamed.
		 */
		private List<DraftEvent> restart() {
			if (modelText == null) {
				text.append(tracker.finish().text());
				modelText = text.toString();
			}
			text.setLength(0);
			tracker = new MarkerTracker(sources);
			droppedSeen = 0;
			return List.of();
		}

		Flux<DraftEvent> finish() {
			List<DraftEvent> events = new ArrayList<>(events(tracker.finish()));
			if (!sawDone) {
				events.add(warn("the drafter ended without saying who wrote the text"));
			}
			CitationChecker.CheckedText checked = checker.check(text.toString(), sources, request.language(),
					request.strict());
			List<String> all = new ArrayList<>(warnings);
			all.addAll(checked.warnings());
			Draft draft = new Draft(UUID.randomUUID().toString(), request.kind(), request.language(), checked.text(),
					checked.citations(), checked.sentences(), done.mode(), done.model(), all, done.usage(),
					millisSince(started), modelText);
			events.add(new DraftEvent.Done(draft));
			return Flux.fromIterable(events);
		}

		private List<DraftEvent> events(MarkerTracker.Step step) {
			List<DraftEvent> events = new ArrayList<>();
			text.append(step.text());
			if (modelText == null) {
				if (!step.text().isEmpty()) {
					events.add(new DraftEvent.Delta(step.text()));
				}
				for (Citation citation : step.citations()) {
					if (cited.add(citation.marker())) {
						events.add(new DraftEvent.Cited(citation));
					}
				}
			}
			List<Integer> dropped = tracker.dropped();
			for (int marker : dropped.subList(droppedSeen, dropped.size())) {
				events.add(warn(
						"removed marker [" + marker + "]: the draft has only sources [1] to [" + sources.size() + "]"));
			}
			droppedSeen = dropped.size();
			return events;
		}

		private DraftEvent warn(String message) {
			warnings.add(message);
			return new DraftEvent.Warning(message);
		}

	}

}

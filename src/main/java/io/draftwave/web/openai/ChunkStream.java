package io.draftwave.web.openai;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftEvent;
import io.draftwave.web.openai.CompletionViews.Chunk;
import io.draftwave.web.openai.CompletionViews.ChunkChoice;
import io.draftwave.web.openai.CompletionViews.CitationView;
import io.draftwave.web.openai.CompletionViews.Delta;
import io.draftwave.web.openai.CompletionViews.DraftInfo;
import io.draftwave.web.openai.CompletionViews.Usage;
import org.jspecify.annotations.Nullable;

/**
 * Turns the events of one draft into {@code chat.completion.chunk}s: a first chunk with
 * {@code delta.role}, a chunk per text delta, a chunk with the sources list, and a last
 * chunk with {@code finish_reason "stop"}, {@code usage} and the {@code draftwave} extra
 * field.
 * <p>
 * A citation travels on the chunk whose text completed its marker, in the extra field
 * {@code citations}. The service sends the citation right after that delta, so a delta
 * holding a {@code ]} is kept back until the next event and sent with the citations that
 * followed it; other deltas go out at once. A citation with no delta to ride on (none
 * held) goes out alone, in a chunk with empty content.
 * <p>
 * When the model stopped before its draft was complete, the content sent so far is its
 * unfinished text: before the sources list comes one chunk with a
 * {@link StoppedModelNote} and the whole extractive draft, carrying all of its citations.
 * Used by one subscription, serially.
 */
final class ChunkStream {

	private final String id;

	private final long created;

	private final String model;

	private final String prompt;

	private final StringBuilder sent = new StringBuilder();

	private @Nullable String heldText;

	private final List<CitationView> heldCitations = new ArrayList<>();

	/**
	 * @param id the chunks' id, {@code chatcmpl-…}
	 * @param created epoch seconds
	 * @param model the requested model name
	 * @param prompt the instructions drafted from, for the usage estimate
	 */
	ChunkStream(String id, long created, String model, String prompt) {
		this.id = id;
		this.created = created;
		this.model = model;
		this.prompt = prompt;
	}

	Chunk first() {
		return chunk(new Delta("assistant", ""), null, null, null, null);
	}

	List<Chunk> accept(DraftEvent event) {
		List<Chunk> out = new ArrayList<>();
		switch (event) {
			case DraftEvent.Sources s -> {
			}
			case DraftEvent.Delta d -> {
				release(out);
				if (d.text().indexOf(']') >= 0) {
					heldText = d.text();
				}
				else {
					out.add(text(d.text(), null));
				}
			}
			case DraftEvent.Cited c -> cited(c.citation(), out);
			case DraftEvent.Warning w -> release(out);
			case DraftEvent.Done d -> {
				release(out);
				finish(d.draft(), out);
			}
		}
		return out;
	}

	private void cited(Citation citation, List<Chunk> out) {
		if (heldText != null) {
			heldCitations.add(CitationView.of(citation));
		}
		else {
			out.add(text("", List.of(CitationView.of(citation))));
		}
	}

	private void release(List<Chunk> out) {
		if (heldText != null) {
			out.add(text(heldText, heldCitations.isEmpty() ? null : List.copyOf(heldCitations)));
			heldText = null;
			heldCitations.clear();
		}
	}

	private void finish(Draft draft, List<Chunk> out) {
		if (draft.modelText() != null) {
			out.add(text(StoppedModelNote.between(draft) + draft.text(),
					draft.citations().isEmpty() ? null : CitationView.of(draft.citations())));
		}
		String sources = SourcesList.of(draft.citations(), draft.language());
		if (!sources.isEmpty()) {
			out.add(text(sources, null));
		}
		Usage usage = Usage.of(draft.usage(), prompt, sent.toString());
		out.add(chunk(new Delta(null, null), "stop", usage, null, DraftInfo.of(draft)));
	}

	private Chunk text(String content, @Nullable List<CitationView> citations) {
		sent.append(content);
		return chunk(new Delta(null, content), null, null, citations, null);
	}

	private Chunk chunk(Delta delta, @Nullable String finishReason, @Nullable Usage usage,
			@Nullable List<CitationView> citations, @Nullable DraftInfo info) {
		return new Chunk(id, "chat.completion.chunk", created, model,
				List.of(new ChunkChoice(0, delta, null, finishReason)), usage, citations, info);
	}

}

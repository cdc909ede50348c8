package io.draftwave.web.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.draftwave.drafting.Citation;
import io.draftwave.drafting.Draft;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.drafting.SentenceCheck;
import io.draftwave.web.Links;
import org.jspecify.annotations.Nullable;

/**
 * The response records of {@code /v1/chat/completions}: OpenAI's {@code chat.completion}
 * and {@code chat.completion.chunk}, with Draftwave's extra fields {@code citations} and
 * {@code draftwave}. Fields OpenAI defines as required but nullable are written even when
 * null, because strict clients read them.
 */
final class CompletionViews {

	private CompletionViews() {
	}

	record Completion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
			List<CitationView> citations, DraftInfo draftwave) {
	}

	record Choice(int index, Message message, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Object logprobs,
			@JsonProperty("finish_reason") String finishReason) {
	}

	record Message(String role, String content, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String refusal) {
	}

	/**
	 * A streamed piece; {@code citations} holds the markers its text completed,
	 * {@code draftwave} comes last.
	 */
	record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices, @Nullable Usage usage,
			@Nullable List<CitationView> citations, @Nullable DraftInfo draftwave) {
	}

	record ChunkChoice(int index, Delta delta, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Object logprobs,
			@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("finish_reason") @Nullable String finishReason) {
	}

	record Delta(@Nullable String role, @Nullable String content) {
	}

	record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens) {

		/**
		 * The model's counts when it reported them, else {@link TokenEstimate estimates}.
		 */
		static Usage of(DraftOutput.@Nullable Usage reported, String prompt, String completion) {
			int in = reported != null ? reported.promptTokens() : TokenEstimate.of(prompt);
			int out = reported != null ? reported.completionTokens() : TokenEstimate.of(completion);
			return new Usage(in, out, in + out);
		}

	}

	/**
	 * A citation as the completions carry it; a computed figure ({@code type} figure)
	 * links to its analysis.
	 */
	record CitationView(int marker, String sourceId, String documentId, String title, String excerpt,
			@Nullable Integer page, int start, int end, String url, String type, @Nullable String analysisId) {

		static CitationView of(Citation c) {
			return new CitationView(c.marker(), c.sourceId(), c.documentId(), c.title(), c.excerpt(), c.page(),
					c.start(), c.end(), Links.cited(c.sourceId(), c.analysisId()), c.type(), c.analysisId());
		}

		static List<CitationView> of(List<Citation> citations) {
			return citations.stream().map(CitationView::of).toList();
		}

	}

	record SentenceView(int start, int end, List<Integer> markers, boolean supported, @Nullable String reason) {

		static SentenceView of(SentenceCheck s) {
			return new SentenceView(s.start(), s.end(), s.markers(), s.supported(), s.reason());
		}

	}

	/**
	 * What else the checked draft says: its id, who wrote it, warnings, the sentence
	 * check, and what a model that stopped early had written ({@code modelText}, else
	 * null).
	 */
	record DraftInfo(String draftId, String mode, String kind, String language, List<String> warnings,
			List<SentenceView> sentences, @Nullable String modelText) {

		static DraftInfo of(Draft d) {
			return new DraftInfo(d.draftId(), d.mode(), d.kind().id(), d.language().code(), d.warnings(),
					d.sentences().stream().map(SentenceView::of).toList(), d.modelText());
		}

	}

}

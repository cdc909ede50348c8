package io.draftwave.llm;

import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.TokenUsage;
import io.draftwave.drafting.DraftOutput;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Bridges LangChain4j's streaming callbacks to a {@link Flux}: every partial response
 * becomes a {@link DraftOutput.Text}, completion a {@link DraftOutput.Done} carrying the
 * model's name and token usage, and an error the Flux's error, unmapped. When the
 * subscriber goes away (cancel, timeout, error) the stream's {@link StreamingHandle} is
 * cancelled once known and {@code abort} runs, which closes the connection even before
 * the first piece.
 */
final class StreamingBridge {

	private StreamingBridge() {
	}

	static Flux<DraftOutput> stream(StreamingChatModel model, ChatRequest request, String requestedModel,
			Runnable abort) {
		return Flux.create(sink -> {
			Handler handler = new Handler(sink, requestedModel);
			sink.onDispose(() -> {
				handler.cancel();
				abort.run();
			});
			model.chat(request, handler);
		});
	}

	private static final class Handler implements StreamingChatResponseHandler {

		private final FluxSink<DraftOutput> sink;

		private final String requestedModel;

		private final AtomicReference<@Nullable StreamingHandle> handle = new AtomicReference<>();

		Handler(FluxSink<DraftOutput> sink, String requestedModel) {
			this.sink = sink;
			this.requestedModel = requestedModel;
		}

		@Override
		public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
			handle.set(context.streamingHandle());
			if (sink.isCancelled()) {
				cancel();
				return;
			}
			sink.next(new DraftOutput.Text(partialResponse.text()));
		}

		@Override
		public void onCompleteResponse(ChatResponse response) {
			sink.next(new DraftOutput.Done("llm", modelName(response), usage(response.tokenUsage())));
			sink.complete();
		}

		@Override
		public void onError(Throwable error) {
			sink.error(error);
		}

		void cancel() {
			StreamingHandle h = handle.get();
			if (h != null && !h.isCancelled()) {
				h.cancel();
			}
		}

		private String modelName(ChatResponse response) {
			String reported = response.modelName();
			if (reported != null && !reported.isBlank()) {
				return reported;
			}
			return requestedModel.isBlank() ? "unknown" : requestedModel;
		}

		private static DraftOutput.@Nullable Usage usage(@Nullable TokenUsage usage) {
			if (usage == null || usage.inputTokenCount() == null || usage.outputTokenCount() == null) {
				return null;
			}
			return new DraftOutput.Usage(usage.inputTokenCount(), usage.outputTokenCount());
		}

	}

}

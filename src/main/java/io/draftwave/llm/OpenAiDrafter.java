package io.draftwave.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.draftwave.audit.AuditNotes;
import io.draftwave.drafting.DraftOutput;
import io.draftwave.drafting.DraftPrompt;
import io.draftwave.drafting.Drafter;
import io.draftwave.security.KoreanPiiMasker;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drafts with a language model behind OpenAI's streaming chat completions API, through
 * LangChain4j and the JDK HTTP client. The prompt's system and user messages pass through
 * {@link KoreanPiiMasker} before they are sent; the request's {@link AuditNotes}, when
 * its Reactor context has them, are told the exact bytes of the request body sent. The
 * stream ends with a {@link DraftOutput.Done} in mode {@code llm} naming the model the
 * server reported; it fails with a retriable
 * {@link io.draftwave.drafting.DrafterException} when the first piece takes longer than
 * {@link LlmProperties#firstTokenTimeout()}, two pieces lie further apart than
 * {@link LlmProperties#idleTimeout()}, or the whole call exceeds
 * {@link LlmProperties#timeout()}. Cancelling the subscription ends the call's HTTP
 * exchange (and closes its connection) and no other. Calls share the endpoint's client
 * from {@link ModelConnections}, so a call finds a kept-alive connection when one is
 * free. Thread-safe.
 */
class OpenAiDrafter implements Drafter {

	private final LlmProperties properties;

	private final KoreanPiiMasker masker;

	private final HttpClient client;

	/**
	 * A drafter with connections of its own, closed only with the JVM; the service's
	 * drafters share theirs through
	 * {@link #OpenAiDrafter(LlmProperties, KoreanPiiMasker, ModelConnections)}.
	 * @throws IllegalArgumentException when {@code draftwave.llm.base-url} is not set
	 */
	public OpenAiDrafter(LlmProperties properties, KoreanPiiMasker masker) {
		this(properties, masker, new ModelConnections(properties.timeout()));
	}

	/**
	 * A drafter calling through the endpoint's shared client of {@code connections}.
	 * @throws IllegalArgumentException when {@code draftwave.llm.base-url} is not set
	 */
	public OpenAiDrafter(LlmProperties properties, KoreanPiiMasker masker, ModelConnections connections) {
		if (!properties.configured()) {
			throw new IllegalArgumentException("draftwave.llm.base-url must be set to draft with a language model");
		}
		this.properties = properties;
		this.masker = masker;
		this.client = connections.client(properties.baseUrl());
	}

	@Override
	public Flux<DraftOutput> write(DraftPrompt prompt) {
		ChatRequest request = ChatRequest.builder()
			.messages(SystemMessage.from(masker.mask(prompt.system())), UserMessage.from(masker.mask(prompt.user())))
			.build();
		return Flux.deferContextual(context -> withTimeouts(call(request, AuditNotes.in(context))))
			.onErrorMap(UpstreamErrors::map);
	}

	private Flux<DraftOutput> call(ChatRequest request, Optional<AuditNotes> notes) {
		String endpoint = String.valueOf(properties.baseUrl());
		AbortableCall transport = new AbortableCall(client,
				body -> notes.ifPresent(n -> n.sent(properties.model(), endpoint, body)));
		StreamingChatModel model = OpenAiStreamingChatModel.builder()
			.httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(new PreparedClientBuilder(transport)))
			.baseUrl(String.valueOf(properties.baseUrl()))
			.apiKey(blankToNull(properties.apiKey()))
			.modelName(blankToNull(properties.model()))
			.temperature(properties.temperature())
			.timeout(properties.timeout())
			.build();
		return StreamingBridge.stream(model, request, properties.model(), transport::abort);
	}

	private Flux<DraftOutput> withTimeouts(Flux<DraftOutput> pieces) {
		long deadline = System.nanoTime() + properties.timeout().toNanos();
		return pieces.timeout(timer(properties.firstTokenTimeout(), "", deadline),
				piece -> timer(properties.idleTimeout(), " of its last words", deadline));
	}

	private Publisher<Long> timer(Duration limit, String what, long deadline) {
		Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
		if (left.compareTo(limit) < 0) {
			return Mono.delay(left).then(Mono.error(() -> UpstreamErrors.timeout(properties.timeout(), " in all")));
		}
		return Mono.delay(limit).then(Mono.error(() -> UpstreamErrors.timeout(limit, what)));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}

package io.draftwave.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.draftwave.security.KoreanPiiMasker;
import io.draftwave.tables.PlanProposal;
import io.draftwave.tables.PlanProposer;
import io.draftwave.tables.TableCard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes plans with a language model behind OpenAI's chat completions API: the rules
 * and the question with the candidate table cards ({@link PlanPrompt}, personal data
 * masked by {@link KoreanPiiMasker}) go out at temperature 0 with a strict JSON schema
 * response format ({@link PlanJson}); a server that refuses the schema (HTTP 400) is
 * asked again in JSON mode, and from then on in JSON mode only. One call, no retries,
 * within {@value #TIMEOUT_SECONDS} s or {@link LlmProperties#timeout()} if shorter; a
 * failure or a late answer throws, and the question is planned offline. Calls share the
 * endpoint's client from {@link ModelConnections}. Thread-safe.
 */
final class OpenAiPlanProposer implements PlanProposer {

	/** The longest a proposal may take, in seconds: a plan is a short JSON object. */
	static final int TIMEOUT_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(OpenAiPlanProposer.class);

	private static final ResponseFormat SCHEMA = ResponseFormat.builder()
		.type(ResponseFormatType.JSON)
		.jsonSchema(PlanJson.SCHEMA)
		.build();

	private final LlmProperties properties;

	private final KoreanPiiMasker masker;

	private final HttpClient client;

	private final Duration timeout;

	private volatile boolean jsonModeOnly;

	OpenAiPlanProposer(LlmProperties properties, KoreanPiiMasker masker, ModelConnections connections) {
		this(properties, masker, connections, Duration.ofSeconds(TIMEOUT_SECONDS));
	}

	/**
	 * @param timeout the longest a proposal may take; {@link LlmProperties#timeout()}
	 * when that is shorter
	 */
	OpenAiPlanProposer(LlmProperties properties, KoreanPiiMasker masker, ModelConnections connections,
			Duration timeout) {
		if (!properties.configured()) {
			throw new IllegalArgumentException("draftwave.llm.base-url must be set to propose plans with a model");
		}
		this.properties = properties;
		this.masker = masker;
		this.client = connections.client(properties.baseUrl());
		this.timeout = timeout.compareTo(properties.timeout()) < 0 ? timeout : properties.timeout();
	}

	@Override
	public Optional<PlanProposal> propose(String question, String language, List<TableCard> cards) {
		ChatRequest request = ChatRequest.builder()
			.messages(SystemMessage.from(masker.mask(PlanPrompt.SYSTEM)),
					UserMessage.from(masker.mask(PlanPrompt.user(question, language, cards))))
			.build();
		return PlanJson.read(withinTimeout(request));
	}

	private String withinTimeout(ChatRequest request) {
		FutureTask<String> call = new FutureTask<>(() -> answer(request));
		Thread.ofVirtual().name("plan-proposal").start(call);
		try {
			return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			call.cancel(true); // interrupting the sending thread cancels its exchange
			throw UpstreamErrors.timeout(timeout, "");
		}
		catch (InterruptedException ex) {
			call.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the model proposed a plan", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IllegalArgumentException unreadable) {
				throw unreadable;
			}
			throw UpstreamErrors.map(ex.getCause());
		}
	}

	private String answer(ChatRequest request) {
		if (!jsonModeOnly) {
			try {
				return call(request, SCHEMA);
			}
			catch (InvalidRequestException ex) {
				// servers without structured outputs refuse the json_schema format
				log.info("The model's server refused a JSON schema response format ({}); asking in JSON mode",
						ex.getMessage());
				jsonModeOnly = true;
			}
		}
		return call(request, ResponseFormat.JSON);
	}

	private String call(ChatRequest request, ResponseFormat format) {
		ChatModel model = OpenAiChatModel.builder()
			.httpClientBuilder(
					JdkHttpClient.builder().httpClientBuilder(new PreparedClientBuilder(new AbortableCall(client))))
			.baseUrl(String.valueOf(properties.baseUrl()))
			.apiKey(blankToNull(properties.apiKey()))
			.modelName(blankToNull(properties.model()))
			.temperature(0.0)
			.strictJsonSchema(true)
			.timeout(timeout)
			.maxRetries(0)
			.build();
		String text = model.chat(ChatRequest.builder().messages(request.messages()).responseFormat(format).build())
			.aiMessage()
			.text();
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("the model's plan was empty");
		}
		return text;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}

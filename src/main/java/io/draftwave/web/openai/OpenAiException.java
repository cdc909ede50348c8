package io.draftwave.web.openai;

import io.draftwave.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A refusal on {@code /v1/**}, answered in OpenAI's error shape with the status and error
 * {@code type} of its {@link ProblemType}.
 *
 * @see OpenAiErrorAdvice
 */
class OpenAiException extends RuntimeException {

	private final ProblemType problem;

	private final @Nullable String param;

	private final @Nullable String code;

	OpenAiException(ProblemType problem, String message, @Nullable String param, @Nullable String code) {
		super(message);
		this.problem = problem;
		this.param = param;
		this.code = code;
	}

	/** A 400 {@code invalid_request_error} about one request field. */
	static OpenAiException invalid(String message, @Nullable String param) {
		return new OpenAiException(ProblemType.INVALID_REQUEST, message, param, null);
	}

	/** A 404 {@code model_not_found}. */
	static OpenAiException modelNotFound(String model) {
		return new OpenAiException(ProblemType.NOT_FOUND,
				"The model '" + model + "' does not exist; GET /v1/models lists the models", "model",
				"model_not_found");
	}

	HttpStatus status() {
		return problem.status();
	}

	OpenAiError toError() {
		return OpenAiError.of(getMessage(), problem.openAiType(), param, code);
	}

}

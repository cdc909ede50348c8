package io.draftwave.web.openai;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A refusal on {@code /v1/**}, answered in OpenAI's error shape.
 *
 * @see OpenAiErrorAdvice
 */
class OpenAiException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final @Nullable String param;

	private final @Nullable String code;

	OpenAiException(HttpStatus status, String type, String message, @Nullable String param, @Nullable String code) {
		super(message);
		this.status = status;
		this.type = type;
		this.param = param;
		this.code = code;
	}

	/** A 400 {@code invalid_request_error} about one request field. */
	static OpenAiException invalid(String message, @Nullable String param) {
		return new OpenAiException(HttpStatus.BAD_REQUEST, "invalid_request_error", message, param, null);
	}

	/** A 404 {@code model_not_found}. */
	static OpenAiException modelNotFound(String model) {
		return new OpenAiException(HttpStatus.NOT_FOUND, "invalid_request_error",
				"The model '" + model + "' does not exist; GET /v1/models lists the models", "model",
				"model_not_found");
	}

	HttpStatus status() {
		return status;
	}

	OpenAiError toError() {
		return OpenAiError.of(getMessage(), type, param, code);
	}

}

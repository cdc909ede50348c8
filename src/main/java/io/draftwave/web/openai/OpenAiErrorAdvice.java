package io.draftwave.web.openai;

import io.draftwave.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers every failure of this package's controllers in OpenAI's error shape instead of
 * the problem+json of {@code /api}, its error {@code type} from the {@link ProblemType}
 * of the failure. It runs before the global problem advice; failures raised before a
 * controller is chosen (an unknown path under {@code /v1}) still get problem+json.
 */
@RestControllerAdvice(basePackageClasses = OpenAiErrorAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(OpenAiErrorAdvice.class);

	@ExceptionHandler(OpenAiException.class)
	ResponseEntity<OpenAiError> refused(OpenAiException ex) {
		return error(ex.status(), ex.toError());
	}

	/** Spring's own refusals: unreadable JSON, wrong content type, missing body. */
	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<OpenAiError> framework(ResponseStatusException ex) {
		HttpStatusCode status = ex.getStatusCode();
		if (status.is5xxServerError()) {
			return unexpected(ex);
		}
		String message = ex.getCause() instanceof DecodingException
				? "We could not parse the JSON body of your request; send a valid chat completion request"
				: ex.getReason() != null ? ex.getReason() : ex.getMessage();
		return error(status, OpenAiError.of(message, ProblemType.forStatus(status).openAiType(), null, null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<OpenAiError> unexpected(Exception ex) {
		log.error("An OpenAI-compatible request failed: {}", ex.toString(), ex);
		return error(ProblemType.INTERNAL_ERROR.status(), serverError());
	}

	/**
	 * The error of a failure after a stream has started; sent as its last {@code data:}
	 * line.
	 */
	static OpenAiError streamError(Throwable ex) {
		log.error("An OpenAI-compatible stream failed: {}", ex.toString(), ex);
		return serverError();
	}

	private static OpenAiError serverError() {
		return OpenAiError.of("The server could not complete the draft; the failure has been logged",
				ProblemType.INTERNAL_ERROR.openAiType(), null, null);
	}

	private static ResponseEntity<OpenAiError> error(HttpStatusCode status, OpenAiError body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}

package io.draftwave.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import io.draftwave.corpus.DocumentNotFoundException;
import io.draftwave.corpus.DocumentTooLargeException;
import io.draftwave.corpus.UnreadableDocumentException;
import io.draftwave.corpus.UnsupportedFormatException;
import io.draftwave.lab.LabNotFoundException;
import io.draftwave.lab.LabRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every failure on {@code /api/**} into an RFC 9457 problem: a stable {@code type}, a title
 * in the client's language (Korean or English, from {@code Accept-Language}), the status and a
 * detail that says what to fix. No stack trace ever leaves the service.
 */
@RestControllerAdvice
class ProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UnsupportedFormatException.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedFormatException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", ex.getMessage(), exchange);
	}

	@ExceptionHandler({ DocumentTooLargeException.class, DataBufferLimitException.class })
	ResponseEntity<ProblemDetail> tooLarge(RuntimeException ex, ServerWebExchange exchange) {
		String detail = ex instanceof DocumentTooLargeException ? ex.getMessage()
				: "the file is larger than the upload limit (draftwave.corpus.max-upload-size)";
		return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", detail, exchange);
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ResponseEntity<ProblemDetail> unreadable(UnreadableDocumentException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-document", ex.getMessage(), exchange);
	}

	@ExceptionHandler({ InvalidRequestException.class, LabRequestException.class })
	ResponseEntity<ProblemDetail> invalid(RuntimeException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", ex.getMessage(), exchange);
	}

	@ExceptionHandler({ DocumentNotFoundException.class, SourceNotFoundException.class, DraftNotFoundException.class,
			LabNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage(), exchange);
	}

	/** Spring's own refusals: unreadable JSON, wrong content type, unknown path or method. */
	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> framework(ResponseStatusException ex, ServerWebExchange exchange) {
		HttpStatusCode status = ex.getStatusCode();
		if (ex.getCause() instanceof DataBufferLimitException limit) {
			return tooLarge(limit, exchange);
		}
		String slug = switch (status.value()) {
			case 400 -> "invalid-request";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			default -> status.is4xxClientError() ? "invalid-request" : "internal-error";
		};
		String detail = ex.getReason() != null ? ex.getReason() : ex.getMessage();
		if (status.value() == 400 && detail != null && detail.startsWith("Failed to read HTTP message")) {
			detail = "the request body is not valid JSON for this endpoint";
		}
		return problem(status, slug, detail, exchange);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, ServerWebExchange exchange) {
		log.error("Request {} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex.toString(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"the service could not complete the request; it has been logged", exchange);
	}

	/**
	 * The problem object of an {@code error} event, for failures after an event stream has
	 * started (the status line is already sent by then).
	 */
	static Map<String, Object> streamProblem(Throwable ex) {
		if (ex instanceof InvalidRequestException) {
			return Map.of("type", "/problems/invalid-request", "title", "Invalid request", "status", 400, "detail",
					ex.getMessage());
		}
		log.error("A draft stream failed: {}", ex.toString(), ex);
		return Map.of("type", "/problems/internal-error", "title", "Internal error", "status", 500, "detail",
				"the draft could not be completed; it has been logged");
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String slug, String detail,
			ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("/problems/" + slug));
		body.setTitle(messages.getMessage("problem." + slug + ".title", null, slug,
				locale == null ? Locale.ENGLISH : locale));
		body.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}

package io.draftwave.web;

import io.draftwave.complaints.ComplaintQueryException;
import io.draftwave.complaints.ComplaintTableException;
import io.draftwave.corpus.DocumentNotFoundException;
import io.draftwave.corpus.DocumentTooLargeException;
import io.draftwave.corpus.Language;
import io.draftwave.corpus.StoreClosingException;
import io.draftwave.corpus.UnreadableDocumentException;
import io.draftwave.corpus.UnsupportedFormatException;
import io.draftwave.lab.LabNotFoundException;
import io.draftwave.lab.LabRequestException;
import io.draftwave.review.ReviewConflictException;
import io.draftwave.review.ReviewRefusedException;
import io.draftwave.tables.Clarification;
import io.draftwave.tables.NoTable;
import io.draftwave.web.TableViews.TableView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.channel.AbortedException;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Turns every failure on {@code /api/**} into an RFC 9457 problem built by the
 * {@link ProblemCatalogue}: a stable {@code type}, a title in the request's language (see
 * {@link ProblemCatalogue}), the status and a detail that says what to fix. No stack
 * trace ever leaves the service.
 */
@RestControllerAdvice
class ProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final ProblemCatalogue problems;

	ProblemAdvice(ProblemCatalogue problems) {
		this.problems = problems;
	}

	@ExceptionHandler(UnsupportedFormatException.class)
	ResponseEntity<ProblemDetail> unsupported(UnsupportedFormatException ex, ServerWebExchange exchange) {
		return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, ex.getMessage(), exchange);
	}

	@ExceptionHandler({ DocumentTooLargeException.class, DataBufferLimitException.class })
	ResponseEntity<ProblemDetail> tooLarge(RuntimeException ex, ServerWebExchange exchange) {
		String detail = ex instanceof DocumentTooLargeException ? ex.getMessage()
				: "the file is larger than the upload limit (draftwave.corpus.max-upload-size)";
		return problem(ProblemType.PAYLOAD_TOO_LARGE, detail, exchange);
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ResponseEntity<ProblemDetail> unreadable(UnreadableDocumentException ex, ServerWebExchange exchange) {
		return problem(ProblemType.UNREADABLE_DOCUMENT, ex.getMessage(), exchange);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex, ServerWebExchange exchange) {
		Language language = ex.language() != null ? ex.language() : ProblemCatalogue.language(exchange.getRequest());
		return problem(ProblemType.INVALID_REQUEST, ProblemType.INVALID_REQUEST.status(), ex.getMessage(), language,
				exchange);
	}

	@ExceptionHandler(ReviewConflictException.class)
	ResponseEntity<ProblemDetail> reviewConflict(ReviewConflictException ex, ServerWebExchange exchange) {
		return problem(ProblemType.REVIEW_CONFLICT, ex.getMessage(), exchange);
	}

	@ExceptionHandler({ ReviewRefusedException.class, RoleRequiredException.class })
	ResponseEntity<ProblemDetail> refused(RuntimeException ex, ServerWebExchange exchange) {
		return problem(ProblemType.FORBIDDEN, ex.getMessage(), exchange);
	}

	/**
	 * A complaint analysis asked with a value it does not take: 400 with {@code field}
	 * and, where there is a list, the {@code allowed} values or range.
	 */
	@ExceptionHandler(ComplaintQueryException.class)
	ResponseEntity<ProblemDetail> invalidComplaintQuery(ComplaintQueryException ex, ServerWebExchange exchange) {
		ResponseEntity<ProblemDetail> answer = problem(ProblemType.INVALID_REQUEST, ex.getMessage(), exchange);
		answer.getBody().setProperty("field", ex.field());
		if (!ex.allowed().isEmpty()) {
			answer.getBody().setProperty("allowed", ex.allowed());
		}
		return answer;
	}

	/**
	 * 404 for an unknown table, 422 {@code not-a-complaint-table} for a table without
	 * complaints.
	 */
	@ExceptionHandler(ComplaintTableException.class)
	ResponseEntity<ProblemDetail> notComplaints(ComplaintTableException ex, ServerWebExchange exchange) {
		return problem(ex.missing() ? ProblemType.NOT_FOUND : ProblemType.NOT_A_COMPLAINT_TABLE, ex.getMessage(),
				exchange);
	}

	@ExceptionHandler(LabRequestException.class)
	ResponseEntity<ProblemDetail> invalidLab(LabRequestException ex, ServerWebExchange exchange) {
		return problem(ProblemType.INVALID_REQUEST, ex.getMessage(), exchange);
	}

	@ExceptionHandler({ DocumentNotFoundException.class, SourceNotFoundException.class, DraftNotFoundException.class,
			LabNotFoundException.class, TableNotFoundException.class, AnalysisNotFoundException.class,
			ChartNotFoundException.class, ConversationNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex, ServerWebExchange exchange) {
		return problem(ProblemType.NOT_FOUND, ex.getMessage(), exchange);
	}

	/**
	 * A question over the tables answered with a problem instead of a guess:
	 * {@code closest} tables for {@code no-table}; the matched table ({@code tableId},
	 * {@code tableTitle}), {@code reason} and {@code candidates} for
	 * {@code clarification-needed}.
	 */
	@ExceptionHandler(UnansweredQuestionException.class)
	ResponseEntity<ProblemDetail> unanswered(UnansweredQuestionException ex, ServerWebExchange exchange) {
		ResponseEntity<ProblemDetail> answer = problem(ex.type(), ex.type().status(), ex.getMessage(), ex.language(),
				exchange);
		ProblemDetail body = answer.getBody();
		body.setProperty("question", ex.answer().question());
		switch (ex.answer()) {
			case NoTable none -> body.setProperty("closest", none.closest().stream().map(TableView::of).toList());
			case Clarification clarification -> {
				body.setProperty("tableId", clarification.table().tableId());
				body.setProperty("tableTitle", clarification.table().title());
				body.setProperty("reason", clarification.reason());
				body.setProperty("candidates", clarification.candidates());
			}
			default -> {
			}
		}
		return answer;
	}

	/**
	 * Spring's own refusals: unreadable JSON, wrong content type, unknown path or method.
	 */
	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> framework(ResponseStatusException ex, ServerWebExchange exchange) {
		HttpStatusCode status = ex.getStatusCode();
		if (ex.getCause() instanceof DataBufferLimitException limit) {
			return tooLarge(limit, exchange);
		}
		String detail = ex.getReason() != null ? ex.getReason() : ex.getMessage();
		if (status.value() == 400 && detail != null && detail.startsWith("Failed to read HTTP message")) {
			detail = "the request body is not valid JSON for this endpoint";
		}
		return problem(ProblemType.forStatus(status), status, detail, ProblemCatalogue.language(exchange.getRequest()),
				exchange);
	}

	@ExceptionHandler(StoreClosingException.class)
	ResponseEntity<ProblemDetail> closing(StoreClosingException ex, ServerWebExchange exchange) {
		ResponseEntity<ProblemDetail> answer = problem(ProblemType.SERVICE_UNAVAILABLE, ex.getMessage(), exchange);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header("Retry-After", "5")
			.body(answer.getBody());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, ServerWebExchange exchange) {
		if (AbortedException.isConnectionReset(ex) || ex instanceof AbortedException) {
			// the client went away: nobody reads this answer, and nothing failed on this
			// side
			log.debug("Client left during {} {}: {}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), ex.toString());
			return problem(ProblemType.INTERNAL_ERROR, "the client closed the connection", exchange);
		}
		log.error("Request {} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex.toString(), ex);
		return problem(ProblemType.INTERNAL_ERROR, "the service could not complete the request; it has been logged",
				exchange);
	}

	private ResponseEntity<ProblemDetail> problem(ProblemType type, @Nullable String detail,
			ServerWebExchange exchange) {
		return problem(type, type.status(), detail, ProblemCatalogue.language(exchange.getRequest()), exchange);
	}

	private ResponseEntity<ProblemDetail> problem(ProblemType type, HttpStatusCode status, @Nullable String detail,
			Language language, ServerWebExchange exchange) {
		ProblemDetail body = problems.problem(type, status, detail, language, exchange.getRequest().getPath().value());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}

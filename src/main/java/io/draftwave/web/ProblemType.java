package io.draftwave.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The problem types the API answers with: each one's {@code type} slug
 * ({@code /problems/<slug>}), usual status and the {@code type} of OpenAI's error object
 * used for it on {@code /v1/**}. Titles, in Korean and English, are in
 * {@code messages_ko.properties} and {@code messages.properties} under
 * {@code problem.<slug>.title}; {@link ProblemCatalogue} builds every body from them.
 */
public enum ProblemType {

	/** 400: the request breaks a rule of the API. */
	INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "invalid_request_error"),

	/** 401: no valid API key. */
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "invalid_request_error"),

	/** 403: the caller may not do this (loopback only, or the key's role). */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "invalid_request_error"),

	/** 403: a browser page at an origin not in {@code draftwave.web.allowed-origins}. */
	ORIGIN_NOT_ALLOWED("origin-not-allowed", HttpStatus.FORBIDDEN, "invalid_request_error"),

	/** 404: no such document, passage, draft, table, analysis, lab exercise or path. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "invalid_request_error"),

	/**
	 * 409: a review step the draft's state does not allow (approving a draft never
	 * submitted, editing an approved one).
	 */
	REVIEW_CONFLICT("review-conflict", HttpStatus.CONFLICT, "invalid_request_error"),

	/** 405. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "invalid_request_error"),

	/** 406. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "invalid_request_error"),

	/** 413: an upload over {@code draftwave.corpus.max-upload-size}. */
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "invalid_request_error"),

	/** 415: a file format Draftwave does not read. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_request_error"),

	/** 422: a file of a known format that cannot be read. */
	UNREADABLE_DOCUMENT("unreadable-document", HttpStatus.UNPROCESSABLE_CONTENT, "invalid_request_error"),

	/**
	 * 422: no table holds what the question asks; the problem's {@code closest} lists the
	 * tables that came nearest.
	 */
	NO_TABLE("no-table", HttpStatus.UNPROCESSABLE_CONTENT, "invalid_request_error"),

	/**
	 * 422: the question could mean several things, or its table lacks what it asks; the
	 * problem's {@code reason} says which, {@code candidates} what it could mean.
	 */
	CLARIFICATION_NEEDED("clarification-needed", HttpStatus.UNPROCESSABLE_CONTENT, "invalid_request_error"),

	/**
	 * 422: the table asked for is no complaint table (no column of long free texts, or no
	 * date column).
	 */
	NOT_A_COMPLAINT_TABLE("not-a-complaint-table", HttpStatus.UNPROCESSABLE_CONTENT, "invalid_request_error"),

	/** 429: the API key's requests for the minute are used up. */
	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "requests"),

	/** 500: a failure of the service, logged. */
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "server_error"),

	/**
	 * 503: the service is stopping and takes no new writes; another instance or a later
	 * try will.
	 */
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "server_error");

	private final String slug;

	private final HttpStatus status;

	private final String openAiType;

	ProblemType(String slug, HttpStatus status, String openAiType) {
		this.slug = slug;
		this.status = status;
		this.openAiType = openAiType;
	}

	/** The last part of the {@code type} URI, e.g. {@code invalid-request}. */
	public String slug() {
		return slug;
	}

	/** {@code /problems/<slug>}. */
	public URI type() {
		return URI.create("/problems/" + slug);
	}

	/**
	 * The status this problem is answered with, unless a framework refusal brings its
	 * own.
	 */
	public HttpStatus status() {
		return status;
	}

	/** The {@code error.type} of OpenAI's error object for this problem. */
	public String openAiType() {
		return openAiType;
	}

	/**
	 * The type of one of Spring's own refusals by its status: 404 {@code not-found}, 405,
	 * 406, 413, 415 as named, any other client error {@code invalid-request}, anything
	 * else {@code internal-error}.
	 */
	public static ProblemType forStatus(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> INVALID_REQUEST;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			default -> status.is4xxClientError() ? INVALID_REQUEST : INTERNAL_ERROR;
		};
	}

}

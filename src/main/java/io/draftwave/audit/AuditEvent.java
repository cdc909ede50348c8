package io.draftwave.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One audited request, as the trail keeps it. The request text has personal data masked
 * before it gets here ({@code 010-1234-5678} is {@code [전화번호]}); nothing here is the key
 * itself, only its name.
 *
 * @param time when the request arrived, to the millisecond
 * @param key the key's name, or {@code loopback} when the service is open on this machine
 * @param role the key's role ({@code official}, {@code trainer}, {@code admin}), null
 * when no valid key was presented
 * @param client the client's address as the connection gives it, e.g. {@code 10.0.3.7}
 * @param kind what the request did
 * @param endpoint method and path, e.g. {@code POST /api/drafts/stream}
 * @param request the request, masked: its query and JSON body (cut at
 * {@link #MAX_REQUEST} characters)
 * @param sourceIds the passages used (cited, or found by a search), in order
 * @param figureIds the analyses used as figures
 * @param model the model the text was sent to, or that wrote the draft
 * ({@code extractive}); null when none was involved
 * @param modelEndpoint the model's endpoint when text was sent to it
 * @param textLeft whether text was sent out of the service (to a model)
 * @param sentSha256 the SHA-256 (hex) of exactly the bytes sent to the model, when
 * {@code textLeft}
 * @param draftId the draft made or exported
 * @param warnings the draft's warnings
 * @param status the HTTP status answered
 * @param outcome {@code ok}, or the error's type, e.g. {@code invalid-request},
 * {@code cancelled}
 * @param durationMs from the request's arrival to the answer
 */
public record AuditEvent(Instant time, String key, @Nullable String role, String client, AuditKind kind,
		String endpoint, String request, List<String> sourceIds, List<String> figureIds, @Nullable String model,
		@Nullable String modelEndpoint, boolean textLeft, @Nullable String sentSha256, @Nullable String draftId,
		List<String> warnings, int status, String outcome, long durationMs) {

	/** The longest request text kept; longer ones are cut and end with {@code …}. */
	public static final int MAX_REQUEST = 8000;

	/** Truncates the time to milliseconds and copies the lists. */
	public AuditEvent {
		time = time.truncatedTo(ChronoUnit.MILLIS);
		request = request.length() > MAX_REQUEST ? request.substring(0, MAX_REQUEST - 1) + "…" : request;
		sourceIds = List.copyOf(sourceIds);
		figureIds = List.copyOf(figureIds);
		warnings = List.copyOf(warnings);
	}

}

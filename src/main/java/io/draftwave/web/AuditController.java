package io.draftwave.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import io.draftwave.audit.AuditEvent;
import io.draftwave.audit.AuditKind;
import io.draftwave.audit.AuditQuery;
import io.draftwave.audit.AuditStore;
import io.draftwave.audit.ChainedEvent;
import io.draftwave.corpus.StoreWork;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators (the admin role, see {@link AccessFilter}):
 * {@code GET /api/audit} lists events newest first, a page at a time, with the total;
 * {@code GET /api/audit.csv} gives the same selection as a CSV file for Excel (UTF-8 with
 * BOM), at most {@value #MAX_CSV} events. Filters: {@code from} and {@code to} (ISO
 * instants such as {@code 2026-03-02T09:00:00Z}, or dates such as {@code 2026-03-02},
 * read in Korea's time zone, {@code to} a whole day inclusive), {@code key}, {@code kind}
 * ({@code draft-stream}, …), {@code outcome} ({@code ok}, {@code error} for all others,
 * or a type such as {@code not-found}) and {@code draftId}.
 */
@RestController
class AuditController {

	static final int MAX_SIZE = 500;

	static final int MAX_CSV = 100_000;

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final List<String> CSV_COLUMNS = List.of("seq", "time", "key", "role", "client", "kind", "endpoint",
			"request", "sourceIds", "figureIds", "model", "modelEndpoint", "textLeft", "sentSha256", "draftId",
			"warnings", "status", "outcome", "durationMs", "hash");

	private final AuditStore store;

	private final StoreWork work;

	AuditController(AuditStore store, StoreWork work) {
		this.store = store;
		this.work = work;
	}

	/** One event as the API shows it. */
	record EventView(long seq, Instant time, String key, @Nullable String role, String client, String kind,
			String endpoint, String request, List<String> sourceIds, List<String> figureIds, @Nullable String model,
			@Nullable String modelEndpoint, boolean textLeft, @Nullable String sentSha256, @Nullable String draftId,
			List<String> warnings, int status, String outcome, long durationMs, String hash) {

		static EventView of(ChainedEvent chained) {
			AuditEvent e = chained.event();
			return new EventView(chained.seq(), e.time(), e.key(), e.role(), e.client(), e.kind().id(), e.endpoint(),
					e.request(), e.sourceIds(), e.figureIds(), e.model(), e.modelEndpoint(), e.textLeft(),
					e.sentSha256(), e.draftId(), e.warnings(), e.status(), e.outcome(), e.durationMs(), chained.hash());
		}

	}

	/** A page of events, newest first. */
	record EventPage(List<EventView> events, int page, int size, long total) {
	}

	@GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<EventPage> listEvents(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String draftId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		AuditQuery query = query(from, to, key, kind, outcome, draftId);
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException(
					"'page' must be 0 or more and 'size' between 1 and " + MAX_SIZE + ", not " + page + " and " + size);
		}
		Mono<List<EventView>> events = store.find(query, (long) page * size, size).map(EventView::of).collectList();
		return work.call(() -> new EventPage(events.block(), page, size, store.count(query).block()));
	}

	@GetMapping("/api/audit.csv")
	Mono<ResponseEntity<byte[]>> exportEvents(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String draftId) {
		AuditQuery query = query(from, to, key, kind, outcome, draftId);
		return work.call(() -> store.find(query, 0, MAX_CSV).map(AuditController::row).collectList().block())
			.map(rows -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("audit.csv").build().toString())
				.body(ResultCsv.write(CSV_COLUMNS, rows)));
	}

	private static List<Object> row(ChainedEvent chained) {
		EventView e = EventView.of(chained);
		return Arrays.asList(e.seq(), e.time().toString(), e.key(), e.role(), e.client(), e.kind(), e.endpoint(),
				e.request(), String.join(" ", e.sourceIds()), String.join(" ", e.figureIds()), e.model(),
				e.modelEndpoint(), e.textLeft(), e.sentSha256(), e.draftId(), String.join(" | ", e.warnings()),
				e.status(), e.outcome(), e.durationMs(), e.hash());
	}

	static AuditQuery query(@Nullable String from, @Nullable String to, @Nullable String key, @Nullable String kind,
			@Nullable String outcome, @Nullable String draftId) {
		AuditKind asked = null;
		if (kind != null && !kind.isBlank()) {
			try {
				asked = AuditKind.of(kind);
			}
			catch (IllegalArgumentException ex) {
				throw InvalidRequestException.notOneOf("kind", kind,
						Arrays.stream(AuditKind.values()).map(AuditKind::id).toList(), null);
			}
		}
		return new AuditQuery(time("from", from, false), time("to", to, true), blankToNull(key), asked,
				blankToNull(outcome), blankToNull(draftId));
	}

	private static @Nullable Instant time(String name, @Nullable String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(KOREA).toInstant();
			}
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("'" + name + "' must be a date such as 2026-03-02 or an instant such as "
					+ "2026-03-02T09:00:00Z, not '" + value + "'");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

package io.draftwave.web;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.draftwave.audit.AuditEvent;
import io.draftwave.audit.AuditKind;
import io.draftwave.audit.AuditNotes;
import io.draftwave.audit.AuditProperties;
import io.draftwave.audit.AuditTrail;
import io.draftwave.security.ApiKey;
import io.draftwave.security.KoreanPiiMasker;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Records one audit event per audited request ({@link AuditedKinds}), and one per request
 * refused by {@link AccessFilter} or {@link CrossOriginFilter} (kinds {@code refused},
 * {@code rate-limited}), in this one place: it runs before both, copies the JSON body as
 * the handler reads it ({@link AuditedRequest}), puts the request's {@link AuditNotes} in
 * the exchange ({@link #notes}) and in the Reactor context, and holds the answer's last
 * bytes until the event is written ({@link AuditedResponse}). A request whose client left
 * before the answer is recorded with the outcome {@code cancelled}, without anyone
 * waiting for it. The request text has personal data masked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditFilter implements WebFilter {

	private static final String NOTES = AuditFilter.class.getName() + ".notes";

	private final AuditTrail trail;

	private final boolean enabled;

	private final KoreanPiiMasker masker = new KoreanPiiMasker();

	AuditFilter(AuditTrail trail, AuditProperties properties) {
		this.trail = trail;
		this.enabled = properties.enabled();
	}

	/**
	 * The notes of the request being handled, for what only its controller knows; notes
	 * that go nowhere when the request is not audited.
	 */
	static AuditNotes notes(ServerWebExchange exchange) {
		AuditNotes notes = exchange.getAttribute(NOTES);
		return notes != null ? notes : new AuditNotes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (!enabled || !AccessFilter.guarded(path) || CorsUtils.isPreFlightRequest(request)) {
			return chain.filter(exchange);
		}
		AuditedRequest audited = new AuditedRequest(request);
		Recording recording = new Recording(exchange, audited, path);
		exchange.getAttributes().put(NOTES, recording.notes());
		ServerWebExchange wrapped = exchange.mutate()
			.request(audited)
			.response(new AuditedResponse(exchange.getResponse(), recording))
			.build();
		return chain.filter(wrapped)
			.then(Mono.defer(recording::write))
			.doOnError(recording::failed)
			.doFinally(recording::ended)
			.contextWrite(context -> context.put(AuditNotes.KEY, recording.notes()));
	}

	/** One request's event in the making; written once. */
	final class Recording {

		private final ServerWebExchange exchange;

		private final AuditedRequest request;

		private final String path;

		private final Instant time = Instant.now();

		private final long started = System.nanoTime();

		private final AuditNotes notes = new AuditNotes();

		private @Nullable String outcome;

		private @Nullable Mono<Void> written;

		Recording(ServerWebExchange exchange, AuditedRequest request, String path) {
			this.exchange = exchange;
			this.request = request;
			this.path = path;
		}

		AuditNotes notes() {
			return notes;
		}

		synchronized void outcome(String errorType) {
			outcome = errorType;
		}

		void failed(Throwable error) {
			outcome("internal-error");
		}

		/**
		 * Writes the event unless it is written already; completes once it is on disk.
		 */
		synchronized Mono<Void> write() {
			if (written == null) {
				written = event().map(trail::record).orElse(Mono.empty()).cache();
			}
			return written;
		}

		void ended(SignalType signal) {
			if (signal == SignalType.CANCEL) {
				outcome("cancelled");
			}
			write().subscribe();
		}

		private Optional<AuditEvent> event() {
			Object refusal = exchange.getAttribute(AccessRefusals.REASON);
			AuditKind kind = refusal == AccessRefusals.Reason.TOO_MANY_REQUESTS ? AuditKind.RATE_LIMITED
					: refusal != null ? AuditKind.REFUSED : AuditedKinds.of(request.getMethod(), path);
			if (kind == null) {
				return Optional.empty();
			}
			ApiKey caller = exchange.getAttribute(AccessFilter.CALLER);
			var code = exchange.getResponse().getStatusCode();
			int status = code == null ? (outcome != null && outcome.equals("internal-error") ? 500 : 200)
					: code.value();
			String result = outcome != null ? outcome : status < 400 ? "ok" : "http-" + status;
			AuditEvent seen = new AuditEvent(time, caller == null ? "none" : caller.name(),
					caller == null || caller == AccessFilter.LOOPBACK ? null
							: caller.role().name().toLowerCase(Locale.ROOT),
					client(request.getRemoteAddress()), kind, request.getMethod().name() + " " + path,
					masker.mask(request.text()), List.of(), List.of(), null, null, false, null,
					AuditedKinds.draftId(path), List.of(), status, result, (System.nanoTime() - started) / 1_000_000);
			return Optional.of(notes.complete(seen));
		}

		private static String client(@Nullable InetSocketAddress remote) {
			if (remote == null) {
				return "unknown";
			}
			return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
		}

	}

}

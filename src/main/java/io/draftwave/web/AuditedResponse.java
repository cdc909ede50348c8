package io.draftwave.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * A response whose last bytes wait for its audit event to be written, so that a client
 * that has the whole answer knows its event is on disk:
 * <ul>
 * <li>a body written at once (JSON, a file) is passed on one buffer behind, and the last
 * buffer goes out once the event is written;</li>
 * <li>an event stream passes every event on as it comes; the event that ends it
 * ({@code done}, or {@code error}, see {@link io.draftwave.audit.AuditNotes#answered()})
 * goes out once the event is written;</li>
 * <li>an error body (status 400 and above) is read whole first, to note its problem type
 * as the outcome;</li>
 * <li>an answer without a body waits before it completes.</li>
 * </ul>
 */
final class AuditedResponse extends ServerHttpResponseDecorator {

	private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"/problems/([^\"]+)\"");

	private static final Pattern OPENAI_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

	private final AuditFilter.Recording recording;

	AuditedResponse(ServerHttpResponse delegate, AuditFilter.Recording recording) {
		super(delegate);
		this.recording = recording;
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		if (status() >= 400) {
			return DataBufferUtils.join(body).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(whole -> {
				whole.ifPresent(buffer -> recording.outcome(errorType(buffer)));
				Flux<DataBuffer> bytes = Mono.justOrEmpty(whole).flux();
				return recording.write().then(super.writeWith(bytes));
			});
		}
		return super.writeWith(oneBehind(Flux.from(body), recording::write));
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
		Flux<Publisher<? extends DataBuffer>> events = Flux.from(body)
			.concatMap(
					event -> recording.notes().isAnswered() ? recording.write().thenReturn(event) : Mono.just(event));
		return super.writeAndFlushWith(events);
	}

	@Override
	public Mono<Void> setComplete() {
		return recording.write().then(super.setComplete());
	}

	private int status() {
		var code = getStatusCode();
		return code == null ? 200 : code.value();
	}

	/**
	 * The buffers of {@code body}, each sent when the next arrives; the last after
	 * {@code beforeLast} completes.
	 */
	static Flux<DataBuffer> oneBehind(Flux<? extends DataBuffer> body, Supplier<Mono<Void>> beforeLast) {
		return Flux.defer(() -> {
			AtomicReference<DataBuffer> held = new AtomicReference<>();
			Flux<DataBuffer> passed = body.concatMap(buffer -> Mono.justOrEmpty(held.getAndSet(buffer)));
			Mono<DataBuffer> last = Mono.defer(() -> beforeLast.get().then(Mono.justOrEmpty(held.getAndSet(null))));
			return passed.concatWith(last).doOnCancel(() -> {
				DataBuffer left = held.getAndSet(null);
				if (left != null) {
					DataBufferUtils.release(left);
				}
			});
		});
	}

	private String errorType(DataBuffer whole) {
		String text = whole.toString(whole.readPosition(), Math.min(whole.readableByteCount(), 4096),
				StandardCharsets.UTF_8);
		Matcher problem = PROBLEM_TYPE.matcher(text);
		if (problem.find()) {
			return problem.group(1);
		}
		Matcher code = OPENAI_CODE.matcher(text);
		return code.find() ? code.group(1) : "http-" + status();
	}

}

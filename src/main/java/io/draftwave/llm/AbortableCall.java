package io.draftwave.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

/**
 * One model call's view of an endpoint's shared {@link HttpClient}: requests go through
 * the shared client (and its kept-alive connections), and {@link #abort()} ends only the
 * exchanges of this call, at any stage. Before the response headers the exchange's future
 * is cancelled, which aborts the request; once the body streams, its subscription is
 * cancelled (an HTTP/1.1 connection is then closed rather than pooled, an HTTP/2 stream
 * reset) and the body's reader is told the call was cancelled, so nobody waits on it.
 * After {@code abort()} nothing more is sent. The synchronous {@link #send} is not
 * abortable: model calls stream through {@link #sendAsync}.
 */
final class AbortableCall extends HttpClient {

	private final HttpClient shared;

	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

	private final Set<AbortableBody<?>> bodies = ConcurrentHashMap.newKeySet();

	private final Consumer<byte[]> sending;

	private volatile boolean aborted;

	AbortableCall(HttpClient shared) {
		this(shared, body -> {
		});
	}

	/**
	 * @param sending told exactly the bytes of each request body just before it is sent
	 * (for the audit trail's hash of what left the service)
	 */
	AbortableCall(HttpClient shared, Consumer<byte[]> sending) {
		this.shared = shared;
		this.sending = sending;
	}

	/**
	 * Ends this call's exchanges and refuses later ones; idempotent, other calls go on.
	 */
	void abort() {
		aborted = true;
		pending.forEach(future -> future.cancel(true));
		bodies.forEach(AbortableBody::abort);
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		return sendAsync(request, handler, null);
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
			HttpResponse.@Nullable PushPromiseHandler<T> pushPromiseHandler) {
		if (aborted) {
			return CompletableFuture.failedFuture(cancelled());
		}
		request.bodyPublisher().ifPresent(body -> sending.accept(bytes(body)));
		HttpResponse.BodyHandler<T> tracked = info -> track(new AbortableBody<>(handler.apply(info)));
		CompletableFuture<HttpResponse<T>> future = shared.sendAsync(request, tracked, pushPromiseHandler);
		pending.add(future);
		future.whenComplete((response, error) -> pending.remove(future));
		if (aborted) {
			future.cancel(true); // aborted while the request was being handed over
		}
		return future;
	}

	@Override
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		if (aborted) {
			throw cancelled();
		}
		return shared.send(request, handler);
	}

	private <T> AbortableBody<T> track(AbortableBody<T> body) {
		bodies.add(body);
		if (aborted) {
			body.abort();
		}
		return body;
	}

	/**
	 * The bytes a body publisher gives, read by subscribing to it once more; the JDK's
	 * publishers of strings and byte arrays give them again on every subscription, at
	 * once.
	 */
	static byte[] bytes(HttpRequest.BodyPublisher publisher) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				byte[] part = new byte[item.remaining()];
				item.get(part);
				out.write(part, 0, part.length);
			}

			@Override
			public void onError(Throwable throwable) {
				// nothing read: the send itself reports the failure
			}

			@Override
			public void onComplete() {
				// all read
			}
		});
		return out.toByteArray();
	}

	private static IOException cancelled() {
		return new IOException("the model call was cancelled");
	}

	@Override
	public Optional<CookieHandler> cookieHandler() {
		return shared.cookieHandler();
	}

	@Override
	public Optional<Duration> connectTimeout() {
		return shared.connectTimeout();
	}

	@Override
	public Redirect followRedirects() {
		return shared.followRedirects();
	}

	@Override
	public Optional<ProxySelector> proxy() {
		return shared.proxy();
	}

	@Override
	public SSLContext sslContext() {
		return shared.sslContext();
	}

	@Override
	public SSLParameters sslParameters() {
		return shared.sslParameters();
	}

	@Override
	public Optional<Authenticator> authenticator() {
		return shared.authenticator();
	}

	@Override
	public Version version() {
		return shared.version();
	}

	@Override
	public Optional<Executor> executor() {
		return shared.executor();
	}

	/**
	 * A response body that can be ended from outside: upstream cancelled, the reader told
	 * why.
	 */
	private static final class AbortableBody<T> implements HttpResponse.BodySubscriber<T> {

		private final HttpResponse.BodySubscriber<T> delegate;

		private final AtomicReference<Flow.@Nullable Subscription> upstream = new AtomicReference<>();

		private final AtomicBoolean aborted = new AtomicBoolean();

		AbortableBody(HttpResponse.BodySubscriber<T> delegate) {
			this.delegate = delegate;
		}

		void abort() {
			if (aborted.compareAndSet(false, true)) {
				Flow.Subscription subscription = upstream.get();
				if (subscription != null) {
					subscription.cancel();
					delegate.onError(cancelled());
				}
			}
		}

		@Override
		public CompletionStage<T> getBody() {
			return delegate.getBody();
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			upstream.set(subscription);
			delegate.onSubscribe(subscription);
			if (aborted.get()) {
				subscription.cancel();
				delegate.onError(cancelled());
			}
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
			delegate.onNext(item);
		}

		@Override
		public void onError(Throwable throwable) {
			delegate.onError(throwable);
		}

		@Override
		public void onComplete() {
			delegate.onComplete();
		}

	}

}

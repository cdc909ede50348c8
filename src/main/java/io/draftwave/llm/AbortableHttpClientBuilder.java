package io.draftwave.llm;

import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

/**
 * A JDK {@link HttpClient.Builder} that keeps the client it builds so the call can be aborted.
 * LangChain4j's {@code JdkHttpClient} builds its client from a builder and does not hand it out;
 * its streaming handle only exists once the first piece has arrived. One builder serves one
 * call: {@link #abort()} shuts its client down, which cancels the exchange in progress and closes
 * its connection at any stage (connecting, waiting for headers, streaming).
 */
final class AbortableHttpClientBuilder implements HttpClient.Builder {

	private final HttpClient.Builder delegate;

	private volatile @Nullable HttpClient built;

	private volatile boolean aborted;

	AbortableHttpClientBuilder(HttpClient.Builder delegate) {
		this.delegate = delegate;
	}

	/** Closes the connection of the call and refuses any later one; idempotent. */
	void abort() {
		aborted = true;
		HttpClient client = built;
		if (client != null) {
			client.shutdownNow();
		}
	}

	@Override
	public HttpClient build() {
		HttpClient client = delegate.build();
		built = client;
		if (aborted) {
			client.shutdownNow(); // cancelled before the request was sent
		}
		return client;
	}

	@Override
	public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
		delegate.cookieHandler(cookieHandler);
		return this;
	}

	@Override
	public HttpClient.Builder connectTimeout(Duration duration) {
		delegate.connectTimeout(duration);
		return this;
	}

	@Override
	public HttpClient.Builder sslContext(SSLContext sslContext) {
		delegate.sslContext(sslContext);
		return this;
	}

	@Override
	public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
		delegate.sslParameters(sslParameters);
		return this;
	}

	@Override
	public HttpClient.Builder executor(Executor executor) {
		delegate.executor(executor);
		return this;
	}

	@Override
	public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
		delegate.followRedirects(policy);
		return this;
	}

	@Override
	public HttpClient.Builder version(HttpClient.Version version) {
		delegate.version(version);
		return this;
	}

	@Override
	public HttpClient.Builder priority(int priority) {
		delegate.priority(priority);
		return this;
	}

	@Override
	public HttpClient.Builder proxy(ProxySelector proxySelector) {
		delegate.proxy(proxySelector);
		return this;
	}

	@Override
	public HttpClient.Builder authenticator(Authenticator authenticator) {
		delegate.authenticator(authenticator);
		return this;
	}

	@Override
	public HttpClient.Builder localAddress(InetAddress localAddr) {
		delegate.localAddress(localAddr);
		return this;
	}

}

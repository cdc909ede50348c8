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

/**
 * The {@link HttpClient.Builder} handed to LangChain4j for one model call: it "builds"
 * the call's {@link AbortableCall}, made beforehand over the endpoint's shared client.
 * LangChain4j's {@code JdkHttpClient} builds its client from a builder and does not hand
 * it out, and its streaming handle only exists once the first piece has arrived; holding
 * the call outside lets {@link AbortableCall#abort()} end it at any stage. The shared
 * client's settings stand: what LangChain4j sets here (its connect timeout) is ignored.
 */
final class PreparedClientBuilder implements HttpClient.Builder {

	private final AbortableCall call;

	PreparedClientBuilder(AbortableCall call) {
		this.call = call;
	}

	@Override
	public HttpClient build() {
		return call;
	}

	@Override
	public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
		return this;
	}

	@Override
	public HttpClient.Builder connectTimeout(Duration duration) {
		return this;
	}

	@Override
	public HttpClient.Builder sslContext(SSLContext sslContext) {
		return this;
	}

	@Override
	public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
		return this;
	}

	@Override
	public HttpClient.Builder executor(Executor executor) {
		return this;
	}

	@Override
	public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
		return this;
	}

	@Override
	public HttpClient.Builder version(HttpClient.Version version) {
		return this;
	}

	@Override
	public HttpClient.Builder priority(int priority) {
		return this;
	}

	@Override
	public HttpClient.Builder proxy(ProxySelector proxySelector) {
		return this;
	}

	@Override
	public HttpClient.Builder authenticator(Authenticator authenticator) {
		return this;
	}

	@Override
	public HttpClient.Builder localAddress(InetAddress localAddr) {
		return this;
	}

}

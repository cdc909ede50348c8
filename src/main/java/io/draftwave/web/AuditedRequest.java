package io.draftwave.web;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;

/**
 * A request whose JSON body is copied, up to {@link #LIMIT} bytes, as the handler reads
 * it, for its audit event; other bodies (uploads) are not copied. Thread-safe enough for
 * one request: the body is read once, in order.
 */
final class AuditedRequest extends ServerHttpRequestDecorator {

	static final int LIMIT = 16 * 1024;

	private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

	private final boolean json;

	AuditedRequest(ServerHttpRequest delegate) {
		super(delegate);
		MediaType type = delegate.getHeaders().getContentType();
		this.json = type != null
				&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"));
	}

	@Override
	public Flux<DataBuffer> getBody() {
		return json ? super.getBody().doOnNext(this::keep) : super.getBody();
	}

	private synchronized void keep(DataBuffer buffer) {
		try (DataBuffer.ByteBufferIterator parts = buffer.readableByteBuffers()) {
			while (parts.hasNext() && copy.size() < LIMIT) {
				ByteBuffer part = parts.next();
				byte[] bytes = new byte[Math.min(part.remaining(), LIMIT - copy.size())];
				part.get(bytes);
				copy.write(bytes, 0, bytes.length);
			}
		}
	}

	/** The query and the JSON body as read so far, e.g. {@code ?k=3 {"query":"…"}}. */
	synchronized String text() {
		String query = getURI().getRawQuery();
		String body = copy.toString(StandardCharsets.UTF_8);
		return ((query == null ? "" : "?" + URLDecoder.decode(query, StandardCharsets.UTF_8) + " ") + body).strip();
	}

}

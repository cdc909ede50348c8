package io.draftwave.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's arithmetic. An event's canonical form is a JSON array of its fields in a
 * fixed order, ending with the previous event's hash: <pre>
 * ["2026-03-02T01:15:07.412Z","press-office","official","10.0.3.7","draft",
 *  "POST /api/drafts","{\"instructions\":\"…\"}",["3f…:0"],[],"qwen2.5-7b",
 *  "http://llm:8000/v1",true,"9c1f…",
 *  "b2d0…",[],200,"ok",412,"000…000"]
 * </pre> and its hash is the lower-case hex SHA-256 of that text's UTF-8. The event's
 * number is not part of the form: two events whose rows were swapped each still match
 * their own hash, and are found by their previous-hash naming the wrong neighbour.
 * Thread-safe.
 */
public final class AuditChain {

	/** The previous hash of the first event: 64 zeros. */
	public static final String GENESIS = "0".repeat(64);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditChain() {
	}

	/**
	 * The canonical form of {@code event} following the event whose hash is
	 * {@code prevHash}.
	 */
	public static String canonical(AuditEvent e, String prevHash) {
		List<Object> fields = new ArrayList<>();
		fields.add(e.time().toString());
		fields.add(e.key());
		fields.add(e.role());
		fields.add(e.client());
		fields.add(e.kind().id());
		fields.add(e.endpoint());
		fields.add(e.request());
		fields.add(e.sourceIds());
		fields.add(e.figureIds());
		fields.add(e.model());
		fields.add(e.modelEndpoint());
		fields.add(e.textLeft());
		fields.add(e.sentSha256());
		fields.add(e.draftId());
		fields.add(e.warnings());
		fields.add(e.status());
		fields.add(e.outcome());
		fields.add(e.durationMs());
		fields.add(prevHash);
		return JSON.writeValueAsString(fields);
	}

	/** The hash of {@code event} following {@code prevHash}. */
	public static String hash(AuditEvent event, String prevHash) {
		return sha256(canonical(event, prevHash).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@code event} chained after the event numbered {@code seq - 1} with
	 * {@code prevHash}.
	 */
	static ChainedEvent link(long seq, AuditEvent event, String prevHash) {
		return new ChainedEvent(seq, event, prevHash, hash(event, prevHash));
	}

	/** The lower-case hex SHA-256 of {@code bytes}. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}

package io.draftwave.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured API keys, stored as SHA-256 hashes only. Each entry of
 * {@code draftwave.security.api-keys} reads {@code <name>:<role>:<sha256-hex-of-key>},
 * for example {@code press-office:official:5e88…42d8}; the hash may carry a
 * {@code {sha256}} prefix. Hash a new key with {@code printf %s 'the-key' | sha256sum}
 * (or {@link #hash(String)}). Names are unique; roles are {@code official},
 * {@code trainer}, {@code reviewer} or {@code admin}. Immutable and thread-safe.
 */
public final class ApiKeys {

	private static final String PREFIX = "{sha256}";

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	private final List<Entry> entries;

	private record Entry(ApiKey key, byte[] hash) {
	}

	private ApiKeys(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * Parses the configured entries.
	 * @param entries entries as {@code <name>:<role>:<sha256-hex>}; blank entries are
	 * skipped
	 * @return the keys; {@link #isEmpty()} when there are none
	 * @throws IllegalArgumentException naming the first malformed entry by its position
	 * (1-based) and its key name when readable; the hash is never repeated in the message
	 */
	public static ApiKeys parse(List<String> entries) {
		List<Entry> parsed = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String raw = entries.get(i).strip();
			if (raw.isEmpty()) {
				continue;
			}
			Entry entry = parseEntry(raw, i + 1);
			if (!names.add(entry.key().name())) {
				throw invalid(i + 1, "the name '" + entry.key().name() + "' is used twice");
			}
			parsed.add(entry);
		}
		return new ApiKeys(parsed);
	}

	private static Entry parseEntry(String raw, int position) {
		String[] parts = raw.split(":", -1);
		if (parts.length != 3) {
			throw invalid(position, "expected <name>:<role>:<sha256-hex-of-key>");
		}
		String name = parts[0].strip();
		if (name.isEmpty()) {
			throw invalid(position, "the name is empty");
		}
		Role role;
		try {
			role = Role.of(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(position, "key '" + name + "': " + ex.getMessage());
		}
		String hex = parts[2].strip();
		if (hex.startsWith(PREFIX)) {
			hex = hex.substring(PREFIX.length());
		}
		if (!HEX_64.matcher(hex).matches()) {
			throw invalid(position, "key '" + name + "': the third part must be the 64 hex digits of the key's SHA-256"
					+ " (printf %s KEY | sha256sum), not the key itself");
		}
		return new Entry(new ApiKey(name, role), HexFormat.of().parseHex(hex));
	}

	private static IllegalArgumentException invalid(int position, String reason) {
		return new IllegalArgumentException("draftwave.security.api-keys entry " + position + ": " + reason);
	}

	/**
	 * Whether no key is configured, in which case the service is open on loopback only.
	 */
	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/**
	 * The key that {@code presented} matches, compared by hash in constant time per
	 * entry.
	 * @param presented the key as the client sent it
	 * @return the matching key, or empty when none matches
	 */
	public Optional<ApiKey> find(String presented) {
		byte[] hash = digest(presented);
		ApiKey found = null;
		for (Entry entry : entries) {
			if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
				found = entry.key();
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The configuration value for a key: the lowercase hex of its UTF-8 SHA-256, as
	 * {@code printf %s KEY | sha256sum} prints it.
	 * @param key the secret key
	 * @return 64 lowercase hex digits
	 */
	public static String hash(String key) {
		return HexFormat.of().formatHex(digest(key));
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}

package io.draftwave.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which events to list; every filter is optional and they all apply together.
 *
 * @param from events at or after this time
 * @param to events before this time
 * @param key the key's name, exactly
 * @param kind the kind
 * @param outcome {@code ok}, an error type such as {@code not-found}, or {@code error}
 * for every outcome but {@code ok}
 * @param draftId the draft's id, exactly
 */
public record AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String key, @Nullable AuditKind kind,
		@Nullable String outcome, @Nullable String draftId) {

	/** Every event. */
	public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

	/** The SQL condition and its parameters, {@code "1 = 1"} for none. */
	Where where() {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (from != null) {
			conditions.add("occurred_at >= :from");
			parameters.put("from", AuditStore.utc(from));
		}
		if (to != null) {
			conditions.add("occurred_at < :to");
			parameters.put("to", AuditStore.utc(to));
		}
		if (key != null) {
			conditions.add("key_name = :key");
			parameters.put("key", key);
		}
		if (kind != null) {
			conditions.add("kind = :kind");
			parameters.put("kind", kind.id());
		}
		if ("error".equals(outcome)) {
			conditions.add("outcome <> 'ok'");
		}
		else if (outcome != null) {
			conditions.add("outcome = :outcome");
			parameters.put("outcome", outcome);
		}
		if (draftId != null) {
			conditions.add("draft_id = :draft");
			parameters.put("draft", draftId);
		}
		return new Where(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
	}

	record Where(String sql, Map<String, Object> parameters) {
	}

}

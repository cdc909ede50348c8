package io.draftwave.conversations;

import java.time.Instant;
import java.util.Objects;

/**
 * A kept conversation, without its turns.
 *
 * @param id its id, a UUID
 * @param owner the key name that started it; {@code loopback} for calls from this machine
 * without keys
 * @param title its first question with personal data masked, cut to
 * {@value KeptConversations#MAX_TITLE_CHARS} characters, e.g. {@code 민원인 [전화번호] 연락 방법은?};
 * empty until the first question is answered
 * @param turns how many questions it holds
 * @param createdAt when it was started
 * @param updatedAt when its last turn was added (or when it was started)
 */
public record Conversation(String id, String owner, String title, int turns, Instant createdAt, Instant updatedAt) {

	public Conversation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(title, "title");
		if (turns < 0) {
			throw new IllegalArgumentException("turns must not be negative, not " + turns);
		}
	}

}

package io.draftwave.security;

/**
 * A caller identified by its API key: the name it is known by in logs and audit, and its
 * role. Never holds the key itself.
 *
 * @param name the key's name from the configuration, e.g. {@code press-office}
 * @param role what the key may do
 */
public record ApiKey(String name, Role role) {

	/** Checks that the name is present. */
	public ApiKey {
		if (name.isBlank()) {
			throw new IllegalArgumentException("an API key needs a name");
		}
	}

}

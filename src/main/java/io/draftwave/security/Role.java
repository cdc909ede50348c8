package io.draftwave.security;

/**
 * What an API key may do. Each role includes the ones before it: an administrator can do
 * everything, a reviewer everything a trainer can plus reviewing and approving other
 * officials' drafts, a trainer everything an official can plus the prompt lab and the
 * feedback summaries. A reviewer (a team or division head, 팀장·과장) comes after the trainer
 * so that approving a draft is never a right of the trainer's.
 */
public enum Role {

	/** Searches, reads sources and documents, writes drafts. */
	OFFICIAL,

	/** An official's rights plus the trainer's prompt lab and the feedback summaries. */
	TRAINER,

	/**
	 * A trainer's rights plus reading the drafts submitted for review, editing them,
	 * commenting, approving and returning them.
	 */
	REVIEWER,

	/** Everything, including deleting documents and administration. */
	ADMIN;

	/**
	 * Whether this role has at least the rights of {@code required}.
	 * @param required the role an action needs
	 * @return true when this role is {@code required} or includes it
	 */
	public boolean includes(Role required) {
		return compareTo(required) >= 0;
	}

	/**
	 * The role named by {@code name}, case-insensitively ({@code official},
	 * {@code trainer}, {@code reviewer}, {@code admin}).
	 * @param name the role's name
	 * @return the role
	 * @throws IllegalArgumentException when no role has that name
	 */
	public static Role of(String name) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(name.strip())) {
				return role;
			}
		}
		throw new IllegalArgumentException(
				"role must be one of official, trainer, reviewer, admin, not '" + name + "'");
	}

}

package io.draftwave.web;

import java.util.Locale;

import io.draftwave.security.ApiKey;
import io.draftwave.security.Role;

/**
 * The caller's key lacks the role an endpoint needs, e.g. the feedback summary needs
 * {@code trainer}; answered 403 {@code forbidden}.
 */
class RoleRequiredException extends RuntimeException {

	RoleRequiredException(Role required, ApiKey caller) {
		super("this needs the " + required.name().toLowerCase(Locale.ROOT) + " role; the key '" + caller.name()
				+ "' has " + caller.role().name().toLowerCase(Locale.ROOT));
	}

	/** Throws unless the caller's role includes {@code required}. */
	static void require(Role required, ApiKey caller) {
		if (!caller.role().includes(required)) {
			throw new RoleRequiredException(required, caller);
		}
	}

}

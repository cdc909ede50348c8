package io.draftwave.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

	@Test
	void should_include_lower_roles_only_when_checked_against_each_other() {
		// when / then
		assertThat(Role.ADMIN.includes(Role.TRAINER)).isTrue();
		assertThat(Role.TRAINER.includes(Role.OFFICIAL)).isTrue();
		assertThat(Role.OFFICIAL.includes(Role.OFFICIAL)).isTrue();
		assertThat(Role.OFFICIAL.includes(Role.TRAINER)).isFalse();
		assertThat(Role.TRAINER.includes(Role.ADMIN)).isFalse();
	}

}

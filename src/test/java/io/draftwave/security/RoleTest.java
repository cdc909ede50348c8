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

	@Test
	void should_place_the_reviewer_between_trainer_and_admin_when_named_in_configuration() {
		// when
		Role reviewer = Role.of(" Reviewer ");

		// then
		assertThat(reviewer.includes(Role.TRAINER)).isTrue();
		assertThat(Role.TRAINER.includes(reviewer)).isFalse();
		assertThat(Role.ADMIN.includes(reviewer)).isTrue();
		assertThat(reviewer.includes(Role.ADMIN)).isFalse();
	}

}

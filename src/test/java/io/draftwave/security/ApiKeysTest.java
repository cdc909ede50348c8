package io.draftwave.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeysTest {

	private static final String PRESS_KEY = "dw-press-7f3a9c";

	// printf %s dw-press-7f3a9c | sha256sum
	private static final String PRESS_HASH = ApiKeys.hash(PRESS_KEY);

	@Test
	void should_find_the_key_and_its_role_when_the_presented_key_hashes_to_an_entry() {
		// given
		ApiKeys keys = ApiKeys.parse(List.of("press-office:official:" + PRESS_HASH,
				"it-team:ADMIN:{sha256}" + ApiKeys.hash("dw-admin-1b2c")));

		// when
		var press = keys.find(PRESS_KEY);
		var admin = keys.find("dw-admin-1b2c");

		// then
		assertThat(press).contains(new ApiKey("press-office", Role.OFFICIAL));
		assertThat(admin).contains(new ApiKey("it-team", Role.ADMIN));
		assertThat(keys.isEmpty()).isFalse();
	}

	@Test
	void should_find_nothing_when_the_key_is_unknown_or_the_hash_itself_is_presented() {
		// given
		ApiKeys keys = ApiKeys.parse(List.of("press-office:official:" + PRESS_HASH));

		// when
		var unknown = keys.find("dw-press-7f3a9d");
		var hashAsKey = keys.find(PRESS_HASH);

		// then
		assertThat(unknown).isEmpty();
		assertThat(hashAsKey).isEmpty();
	}

	@Test
	void should_hash_like_sha256sum_when_a_key_is_hashed() {
		// when
		String hash = ApiKeys.hash("abc");

		// then
		assertThat(hash).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void should_report_the_position_without_the_secret_when_an_entry_holds_a_plain_key() {
		// given
		List<String> entries = List.of("press-office:official:" + PRESS_HASH, "", "it-team:admin:dw-admin-1b2c");

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(entries))
			.withMessageContaining("entry 3")
			.withMessageContaining("it-team")
			.withMessageNotContaining("dw-admin-1b2c");
	}

	@Test
	void should_report_the_position_when_an_entry_has_an_unknown_role_or_too_few_parts() {
		// given
		List<String> badRole = List.of("press-office:mayor:" + PRESS_HASH);
		List<String> tooFew = List.of("press-office:official:" + PRESS_HASH, "press-office-" + PRESS_HASH);

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(badRole))
			.withMessageContaining("entry 1")
			.withMessageContaining("mayor")
			.withMessageNotContaining(PRESS_HASH);
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(tooFew))
			.withMessageContaining("entry 2")
			.withMessageNotContaining(PRESS_HASH);
	}

	@Test
	void should_refuse_the_configuration_when_a_name_is_used_twice() {
		// given
		List<String> entries = List.of("press:official:" + PRESS_HASH, "press:admin:" + ApiKeys.hash("other"));

		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(entries))
			.withMessageContaining("entry 2")
			.withMessageContaining("twice");
	}

	@Test
	void should_be_empty_when_no_entries_are_configured() {
		// when
		ApiKeys keys = ApiKeys.parse(List.of(" "));

		// then
		assertThat(keys.isEmpty()).isTrue();
		assertThat(keys.find("")).isEmpty();
	}

}

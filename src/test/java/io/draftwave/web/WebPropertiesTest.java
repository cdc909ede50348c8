package io.draftwave.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebPropertiesTest {

	@Test
	void should_keep_origins_without_a_trailing_slash() {
		// when
		WebProperties properties = new WebProperties(
				List.of(" https://intranet.example.go.kr/ ", "http://localhost:8081"));

		// then
		assertThat(properties.allowedOrigins()).containsExactly("https://intranet.example.go.kr",
				"http://localhost:8081");
	}

	@Test
	void should_refuse_an_entry_that_is_not_an_origin() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebProperties(List.of("https://intranet.example.go.kr/portal")))
			.withMessageContaining("draftwave.web.allowed-origins")
			.withMessageContaining("/portal");
		assertThatIllegalArgumentException().isThrownBy(() -> new WebProperties(List.of("*")));
		assertThatIllegalArgumentException().isThrownBy(() -> new WebProperties(List.of("intranet.example.go.kr")));
	}

}

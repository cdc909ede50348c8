package io.draftwave.drafting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DraftKindTest {

	@Test
	void should_find_a_kind_by_its_wire_name_ignoring_case() {
		assertThat(DraftKind.of(" Press-Release")).isEqualTo(DraftKind.PRESS_RELEASE);
	}

	@Test
	void should_throw_an_unknown_kind_exception_holding_the_name_and_the_allowed_ones_when_no_kind_has_the_name() {
		// when
		UnknownDraftKindException ex = catchThrowableOfType(UnknownDraftKindException.class,
				() -> DraftKind.of("letter"));

		// then
		assertThat(ex.value()).isEqualTo("letter");
		assertThat(ex.allowed()).containsExactly("press-release", "policy-report", "complaint-reply", "memo", "answer");
		assertThat(ex).hasMessage(
				"kind must be one of press-release, policy-report, complaint-reply, memo, answer; " + "not 'letter'");
	}

}

package io.draftwave.llm;

import java.net.URI;
import java.time.Duration;

import io.draftwave.drafting.Drafter;
import io.draftwave.tables.PlanProposer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class LlmConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Setup.class);

	@Test
	void should_offer_no_drafter_when_the_base_url_is_empty() {
		// when
		context.withPropertyValues("draftwave.llm.base-url=").run(ctx -> {
			// then
			assertThat(ctx).hasNotFailed().doesNotHaveBean(Drafter.class);
			assertThat(ctx.getBean(LlmProperties.class).configured()).isFalse();
		});
	}

	@Test
	void should_offer_no_drafter_when_the_base_url_is_missing() {
		// when
		context.run(ctx -> {
			// then
			assertThat(ctx).hasNotFailed().doesNotHaveBean(Drafter.class);
		});
	}

	@Test
	void should_offer_the_language_model_drafter_by_name_when_the_base_url_is_set() {
		// when
		context.withPropertyValues("draftwave.llm.base-url=http://localhost:8000/v1").run(ctx -> {
			// then
			assertThat(ctx).hasNotFailed();
			assertThat(ctx.getBean(LlmConfiguration.LANGUAGE_MODEL_DRAFTER)).isInstanceOf(OpenAiDrafter.class);
		});
	}

	@Test
	void should_offer_the_plan_proposer_by_default_when_the_base_url_is_set() {
		// when
		context.withPropertyValues("draftwave.llm.base-url=http://localhost:8000/v1").run(ctx -> {
			// then
			assertThat(ctx).hasNotFailed();
			assertThat(ctx.getBean(PlanProposer.class)).isInstanceOf(OpenAiPlanProposer.class);
		});
	}

	@Test
	void should_offer_no_plan_proposer_when_plan_proposals_are_off_or_no_model_is_set() {
		// when
		context
			.withPropertyValues("draftwave.llm.base-url=http://localhost:8000/v1", "draftwave.llm.plan-proposals=false")
			.run(ctx -> {
				// then
				assertThat(ctx).hasNotFailed().doesNotHaveBean(PlanProposer.class).hasSingleBean(Drafter.class);
				assertThat(ctx.getBean(LlmProperties.class).planProposals()).isFalse();
			});
		context.withPropertyValues("draftwave.llm.plan-proposals=true")
			.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(PlanProposer.class));
	}

	@Test
	void should_bind_the_documented_defaults_when_only_the_base_url_is_set() {
		// when
		context.withPropertyValues("draftwave.llm.base-url=http://localhost:8000/v1").run(ctx -> {
			// then
			assertThat(ctx.getBean(LlmProperties.class))
				.isEqualTo(new LlmProperties(URI.create("http://localhost:8000/v1"), null, "", Duration.ofSeconds(60),
						Duration.ofSeconds(30), Duration.ofSeconds(20), 0.2, true));
		});
	}

	@Test
	void should_fail_start_up_naming_the_key_when_a_timeout_is_zero() {
		// when
		context.withPropertyValues("draftwave.llm.base-url=http://localhost:8000/v1", "draftwave.llm.idle-timeout=0s")
			.run(ctx -> {
				// then
				assertThat(ctx).hasFailed();
				assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("draftwave.llm.idle-timeout");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LlmProperties.class)
	@Import(LlmConfiguration.class)
	static class Setup {

	}

}

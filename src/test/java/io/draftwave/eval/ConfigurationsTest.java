package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.draftwave.search.AnalysisScheme;
import io.draftwave.search.IndexSettings;
import io.draftwave.search.KoreanAnalysis;
import org.junit.jupiter.api.Test;

class ConfigurationsTest {

	@Test
	void should_apply_modifiers_in_order_when_name_has_them() {
		// when
		IndexSettings settings = Configurations
			.named("nori-untuned+mixed+stop.question+dict+bigrams=0.2+pairs=0.1+sentences=0.3+title=0.5+k1=1.2+b=0.6");

		// then
		assertThat(settings.name()).isEqualTo(
				"nori-untuned+mixed+stop.question+dict+bigrams=0.2+pairs=0.1+sentences=0.3+title=0.5+k1=1.2+b=0.6");
		assertThat(settings.scheme()).isEqualTo(AnalysisScheme.KOREAN_ENGLISH);
		assertThat(settings.korean())
			.isEqualTo(new KoreanAnalysis(KoreanAnalysis.Decompound.MIXED, KoreanAnalysis.StopTags.QUESTION_WORDS, true,
					0.2f, 0.1f, 0.3f, 1.2f, 0.6f, KoreanAnalysis.Evidence.NONE));
		assertThat(settings.titleBoost()).isEqualTo(0.5f);
		assertThat(settings.k1()).isEqualTo(1.2f);
		assertThat(settings.b()).isEqualTo(0.6f);
	}

	@Test
	void should_set_sentence_evidence_when_name_has_evidence_modifiers() {
		// when
		IndexSettings tuned = Configurations.named("nori+evidence=0.5+evidence.bigrams=0.2+evidence.depth=20");
		IndexSettings off = Configurations.named("nori+noevidence");
		IndexSettings fromUntuned = Configurations.named("nori-untuned+evidence=0.4");

		// then: the untuned analysis has none, so its depth and bigram weight start from
		// none and the service's depth
		assertThat(tuned.korean().evidence()).isEqualTo(new KoreanAnalysis.Evidence(0.5f, 0.2f, 20));
		assertThat(off.korean().evidence().on()).isFalse();
		assertThat(off.korean().withEvidence(KoreanAnalysis.Evidence.DEFAULT)).isEqualTo(KoreanAnalysis.DEFAULT);
		assertThat(fromUntuned.korean().evidence()).isEqualTo(new KoreanAnalysis.Evidence(0.4f, 0f, 10));
	}

	@Test
	void should_differ_from_service_default_only_in_korean_analysis_when_untuned() {
		// when
		IndexSettings untuned = Configurations.named("nori-untuned");
		IndexSettings service = Configurations.named("nori");

		// then
		assertThat(untuned.korean()).isEqualTo(KoreanAnalysis.UNTUNED);
		assertThat(service).isEqualTo(IndexSettings.defaults());
		assertThat(untuned.withKorean(service.korean()).withName("nori")).isEqualTo(service);
	}

	@Test
	void should_reject_unknown_modifier_and_modifiers_on_baselines() {
		assertThatThrownBy(() -> Configurations.named("nori+stemming")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("stemming");
		assertThatThrownBy(() -> Configurations.named("nori+bigrams")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs a value");
		assertThatThrownBy(() -> Configurations.named("cjk+k1=0.9")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nori and nori-untuned only");
	}

}

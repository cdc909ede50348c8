package io.draftwave.search;

import java.util.List;

import io.draftwave.search.ReciprocalRankFusion.Fused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReciprocalRankFusionTest {

	@Test
	void should_add_reciprocal_ranks_when_an_entry_is_in_both_rankings() {
		// given: BM25 ranks a, b, c; vectors rank c, a
		List<String> bm25 = List.of("a", "b", "c");
		List<String> vectors = List.of("c", "a");

		// when
		List<Fused> fused = ReciprocalRankFusion.fuse(List.of(bm25, vectors), 60);

		// then: a = 1/61 + 1/62, c = 1/63 + 1/61, b = 1/62
		assertThat(fused).extracting(Fused::id).containsExactly("a", "c", "b");
		assertThat(fused.get(0).score()).isCloseTo(0.0325224, within(1e-7));
		assertThat(fused.get(1).score()).isCloseTo(0.0322665, within(1e-7));
		assertThat(fused.get(2).score()).isCloseTo(0.0161290, within(1e-7));
	}

	@Test
	void should_let_agreement_beat_one_first_place_when_k_is_large() {
		// given: x is first for BM25 only; y is second in both
		List<String> bm25 = List.of("x", "y");
		List<String> vectors = List.of("z", "y");

		// when
		List<Fused> fused = ReciprocalRankFusion.fuse(List.of(bm25, vectors), 60);

		// then: y = 2/62 = 0.03226 beats x = z = 1/61 = 0.01639; x and z tie and go by id
		assertThat(fused).extracting(Fused::id).containsExactly("y", "x", "z");
		assertThat(fused.get(1).score()).isEqualTo(fused.get(2).score());
	}

	@Test
	void should_favour_first_places_when_k_is_small() {
		// given: with k = 1, first place scores 1/2 and second place 1/3
		List<String> bm25 = List.of("x", "y", "w");
		List<String> vectors = List.of("z", "w", "y");

		// when
		List<Fused> fused = ReciprocalRankFusion.fuse(List.of(bm25, vectors), 1);

		// then: y = 1/3 + 1/4 = 0.5833, w = 1/4 + 1/3 = 0.5833, x = z = 0.5
		assertThat(fused).extracting(Fused::id).containsExactly("w", "y", "x", "z");
		assertThat(fused.get(0).score()).isCloseTo(7.0 / 12, within(1e-12));
		assertThat(fused.get(2).score()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void should_count_an_entry_once_when_a_ranking_repeats_it() {
		// when
		List<Fused> fused = ReciprocalRankFusion.fuse(List.of(List.of("a", "a", "b")), 60);

		// then: b keeps its third place
		assertThat(fused).containsExactly(new Fused("a", 1.0 / 61), new Fused("b", 1.0 / 63));
	}

	@Test
	void should_return_nothing_when_every_ranking_is_empty() {
		assertThat(ReciprocalRankFusion.fuse(List.of(List.of(), List.of()), 60)).isEmpty();
	}

	@Test
	void should_refuse_a_constant_below_one() {
		assertThatThrownBy(() -> ReciprocalRankFusion.fuse(List.of(List.of("a")), 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("k must be at least 1");
	}

}

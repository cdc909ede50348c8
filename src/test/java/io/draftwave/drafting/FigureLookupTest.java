package io.draftwave.drafting;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.draftwave.corpus.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureLookupTest {

	private static NumberedSource figure(String analysisId) {
		return new NumberedSource(1, "figure-" + analysisId, "doc", "표", "문장 " + analysisId, "문장", null, 0, 0,
				Citation.FIGURE, analysisId);
	}

	@Test
	void should_give_the_figures_of_every_lookup_in_turn_up_to_the_most_allowed() {
		// given
		AtomicInteger askedLast = new AtomicInteger();
		FigureLookup tables = request -> List.of(figure("a"));
		FigureLookup complaints = request -> List.of(figure("b"), figure("c"), figure("d"));
		FigureLookup last = request -> {
			askedLast.incrementAndGet();
			return List.of(figure("e"));
		};

		// when
		List<NumberedSource> found = FigureLookup.all(List.of(tables, complaints, last), 3)
			.find(DraftingFixtures.request(DraftKind.POLICY_REPORT, Language.KO));

		// then
		assertThat(found).extracting(NumberedSource::analysisId).containsExactly("a", "b", "c");
		assertThat(askedLast).as("no lookup is asked once the most figures are found").hasValue(0);
	}

	@Test
	void should_find_nothing_when_no_lookup_finds_a_figure() {
		assertThat(FigureLookup.all(List.of(FigureLookup.none(), FigureLookup.none()), 6)
			.find(DraftingFixtures.request(DraftKind.ANSWER, Language.EN))).isEmpty();
	}

}

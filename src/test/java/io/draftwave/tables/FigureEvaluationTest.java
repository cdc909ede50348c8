package io.draftwave.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole question set over the default corpus's tables, the generated bicycle rentals
 * included, as {@code eval-figures} runs it.
 */
class FigureEvaluationTest {

	@TempDir
	Path dir;

	@Test
	void corpusQuestionsAreAnsweredExactlyOrRefusedAndNoWrongFigureIsShown() throws IOException {
		List<FigureEvaluation.Question> questions = FigureEvaluation
			.read(Path.of("src/test/resources/tables/figure-questions.tsv"));
		try (Tables tables = Tables.open(dir); Stream<Path> files = Files.list(Path.of("corpus"))) {
			for (Path file : files.filter(Tables::isTableFile).sorted().toList()) {
				String name = file.getFileName().toString();
				tables.load(name, name.replaceFirst("\\.[^.]+$", ""), file);
			}

			FigureEvaluation.Report report = new FigureEvaluation(new Analyses(tables)).run(questions);
			// a proposer that never gets a plan through leaves every answer as it was
			AtomicInteger asked = new AtomicInteger();
			PlanProposer refused = (question, language, cards) -> {
				return switch (asked.incrementAndGet() % 3) {
					case 0 -> Optional.empty();
					case 1 -> throw new IllegalStateException("the language model's server failed (HTTP 500)");
					default -> Optional.of(new PlanProposal("rank", cards.getFirst().table().tableId(), "없는 열", "SUM",
							"DETAIL", "", "", "", 1, true, 0, 0, List.of()));
				};
			};
			assertThat(new FigureEvaluation(new Analyses(tables, refused)).run(questions)).isEqualTo(report);
			// asked only where the offline planner asks back or finds no table
			assertThat(asked).hasValue(report.refused());

			assertThat(report.answerable()).isGreaterThanOrEqualTo(79);
			assertThat(report.wrong()).as(report.toMarkdown()).isZero();
			assertThat(report.refused()).as(report.toMarkdown()).isEqualTo(report.unanswerable());
			assertThat(report.exact()).as(report.toMarkdown())
				.isGreaterThanOrEqualTo((int) Math.ceil(0.95 * report.answerable()));
		}
	}

	@Test
	void expectedFiguresMustAppearInOrder() {
		assertThat(FigureEvaluation.inOrder(List.of(54756.0, 3.4), List.of(54756.0, 52943.0, 1813.0, 3.4))).isTrue();
		assertThat(FigureEvaluation.inOrder(List.of(3.4, 54756.0), List.of(54756.0, 52943.0, 1813.0, 3.4))).isFalse();
		assertThat(FigureEvaluation.inOrder(List.of(3.5), List.of(3.4))).isFalse();
	}

}

package io.draftwave.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.draftwave.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusQuestionsTest {

	@TempDir
	Path temp;

	@Test
	void should_judge_passages_holding_the_phrase_when_questions_are_read() throws IOException {
		// given
		Path corpus = corpus();
		Path questions = Files.writeString(temp.resolve("questions.tsv"), """
				question\tfile\tphrase\tanswer
				신입 직원이 꼭 들어야 하는 강좌는?\t교육.md\t신규 임용자   필수 과정\t필수
				""");

		// when
		BeirDataset dataset = CorpusQuestions.load("questions", corpus, questions);

		// then
		assertThat(dataset.documents()).extracting(BeirDocument::id).containsExactlyInAnyOrder("교육.md#0", "민원.md#0");
		assertThat(dataset.documents()).extracting(BeirDocument::title).contains("교육 과정 안내");
		assertThat(dataset.queries()).extracting(BeirQuery::text).containsExactly("신입 직원이 꼭 들어야 하는 강좌는?");
		assertThat(dataset.judgments(dataset.queries().get(0).id())).isEqualTo(Map.of("교육.md#0", 1));
	}

	@Test
	void should_fail_naming_the_line_when_no_passage_holds_the_phrase() throws IOException {
		// given
		Path corpus = corpus();
		Path questions = Files.writeString(temp.resolve("questions.tsv"), """
				question\tfile\tphrase
				민원 기한은?\t민원.md\t30일 이내
				""");

		// then
		assertThatThrownBy(() -> CorpusQuestions.load("questions", corpus, questions))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("questions.tsv:2")
			.hasMessageContaining("30일 이내");
	}

	@Test
	void should_score_configurations_when_eval_runs_on_questions() throws IOException {
		// given
		Path corpus = corpus();
		Path questions = Files.writeString(temp.resolve("paraphrases.tsv"), """
				question\tfile\tphrase
				처음 임용된 직원이 꼭 들어야 하는 교육은?\t교육.md\t신규 임용자
				민원은 며칠 안에 답하나요?\t민원.md\t7일 이내
				""");
		StringWriter out = new StringWriter();

		// when
		int exitCode = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out))
			.execute("--questions", questions.toString(), "--corpus-dir", corpus.toString(), "--config",
					"nori,standard", "--out", temp.resolve("out").toString());

		// then: nori finds both (임용, 민원); standard misses the first (임용된 is not 임용자)
		assertThat(exitCode).isZero();
		assertThat(out.toString()).contains("| paraphrases | nori | standard |")
			.contains("| queries | 2 | 2 |")
			.contains("| Recall@5 | 1.0000 | 0.5000 |");
	}

	private Path corpus() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("교육.md"), "# 교육 과정 안내\n\nLevel 0 과정은 신규 임용자 필수 과정이다.\n");
		Files.writeString(corpus.resolve("민원.md"), "# 민원 처리\n\n단순 민원은 7일 이내에 답한다.\n");
		return corpus;
	}

}

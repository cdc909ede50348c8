package io.draftwave.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the planner on a question set. A question's expected figures must all appear
 * among the answer's figures, in the same order; an unanswerable question (expected
 * {@code REFUSE}) must get a {@link Clarification} or {@link NoTable}. A figure shown as
 * an answer that is not the expected one counts as wrong.
 */
public final class FigureEvaluation {

	/**
	 * One question of the set.
	 *
	 * @param id the question's id
	 * @param question the question
	 * @param expected the figures the answer must state, empty when the question must be
	 * refused
	 */
	public record Question(String id, String question, List<Double> expected) {

		boolean answerable() {
			return !expected.isEmpty();
		}

	}

	/** One question's outcome. */
	public record Outcome(Question question, String verdict, String said) {
	}

	/** The scores: exact answers, refusals of the unanswerable, wrong figures shown. */
	public record Report(int answerable, int exact, int unanswerable, int refused, int wrong, List<Outcome> outcomes) {

		public String toMarkdown() {
			StringBuilder md = new StringBuilder();
			md.append(
					"| questions | answerable | exact | unanswerable | refused or clarified | wrong figures shown |\n");
			md.append("|---|---|---|---|---|---|\n");
			md.append("| ")
				.append(answerable + unanswerable)
				.append(" | ")
				.append(answerable)
				.append(" | ")
				.append(exact)
				.append(String.format(" (%.1f%%)", answerable == 0 ? 0 : 100.0 * exact / answerable))
				.append(" | ")
				.append(unanswerable)
				.append(" | ")
				.append(refused)
				.append(" | ")
				.append(wrong)
				.append(" |\n");
			for (Outcome o : outcomes) {
				if (!o.verdict().equals("exact") && !o.verdict().equals("refused")) {
					md.append("\n- ")
						.append(o.verdict())
						.append(' ')
						.append(o.question().id())
						.append(": ")
						.append(o.question().question())
						.append(" → ")
						.append(o.said());
				}
			}
			return md.toString();
		}

	}

	private final Analyses analyses;

	public FigureEvaluation(Analyses analyses) {
		this.analyses = analyses;
	}

	/**
	 * Reads a set: TSV lines
	 * {@code id, language, question, expected (a;b;c or REFUSE), check}.
	 */
	public static List<Question> read(Path file) {
		try {
			List<Question> questions = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
					continue;
				}
				String[] parts = line.split("\t");
				List<Double> expected = parts[3].equals("REFUSE") ? List.of()
						: java.util.Arrays.stream(parts[3].split(";")).map(Double::valueOf).toList();
				questions.add(new Question(parts[0], parts[2], expected));
			}
			return questions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the question set " + file, ex);
		}
	}

	public Report run(List<Question> questions) {
		int answerable = 0;
		int exact = 0;
		int refused = 0;
		int wrong = 0;
		List<Outcome> outcomes = new ArrayList<>();
		for (Question question : questions) {
			Answer answer = analyses.ask(question.question(), null, List.of());
			String verdict;
			String said;
			if (answer instanceof Analysis a) {
				said = a.statement() + " " + a.figures();
				boolean right = question.answerable() && inOrder(question.expected(), a.figures());
				verdict = right ? "exact" : "wrong";
			}
			else {
				said = answer instanceof Clarification c ? "clarification: " + c.reason() + " " + c.candidates()
						: "no table";
				verdict = question.answerable() ? "refused-answerable" : "refused";
			}
			answerable += question.answerable() ? 1 : 0;
			exact += verdict.equals("exact") ? 1 : 0;
			refused += verdict.equals("refused") ? 1 : 0;
			wrong += verdict.equals("wrong") ? 1 : 0;
			outcomes.add(new Outcome(question, verdict, said));
		}
		return new Report(answerable, exact, questions.size() - answerable, refused, wrong, outcomes);
	}

	static boolean inOrder(List<Double> expected, List<Double> figures) {
		int at = 0;
		for (double value : expected) {
			while (at < figures.size() && Math.abs(figures.get(at) - value) > 1e-9) {
				at++;
			}
			if (at == figures.size()) {
				return false;
			}
			at++;
		}
		return true;
	}

}

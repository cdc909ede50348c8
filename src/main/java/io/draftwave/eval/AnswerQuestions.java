package io.draftwave.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the question sets of the answer evaluation: KorQuAD in the BEIR layout with its
 * {@code answers.jsonl}, and the default corpus's question files
 * ({@link CitationQuestion} layout, questions the corpus does not cover left out).
 */
public final class AnswerQuestions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerQuestions() {
	}

	/**
	 * The KorQuAD questions of a BEIR folder with {@code answers.jsonl}, every
	 * {@code every}-th judged question in file order (1 = all), at most {@code limit}.
	 * The gold file of a question is {@link #korquadFileName} of its judged paragraph.
	 * @throws IllegalArgumentException when a question has no answer line
	 */
	public static List<AnswerQuestion> korquad(BeirDataset dataset, Path answersFile, int every, int limit) {
		Map<String, List<String>> answers = readAnswers(answersFile);
		List<AnswerQuestion> questions = new ArrayList<>();
		int judged = 0;
		for (BeirQuery query : dataset.queries()) {
			Map<String, Integer> relevant = dataset.qrels().get(query.id());
			if (relevant == null || relevant.isEmpty()) {
				continue;
			}
			if (judged++ % every != 0) {
				continue;
			}
			List<String> gold = answers.get(query.id());
			if (gold == null) {
				throw new IllegalArgumentException(answersFile + ": no answers for question " + query.id());
			}
			String paragraph = relevant.keySet().iterator().next();
			questions.add(new AnswerQuestion(query.text().strip(), korquadFileName(paragraph), null, gold, null));
			if (questions.size() >= limit) {
				break;
			}
		}
		return questions;
	}

	/**
	 * The file a KorQuAD paragraph is written to for indexing: {@code korquad-000-00.md}.
	 */
	public static String korquadFileName(String paragraphId) {
		return paragraphId + ".md";
	}

	/**
	 * The answerable questions of a corpus question file (question, file, phrase, answer
	 * pattern).
	 */
	public static List<AnswerQuestion> corpus(Path questionFile) {
		return CitationQuestion.read(questionFile)
			.stream()
			.filter(q -> !q.expectsRefusal())
			.map(q -> new AnswerQuestion(q.question(), q.fileName(), q.phrase(), List.of(), q.answer()))
			.toList();
	}

	/**
	 * Writes each paragraph of a BEIR corpus as a Markdown file with its title in the
	 * front matter, so the service ingests it as one document.
	 */
	public static void writeCorpus(BeirDataset dataset, Path folder) {
		try {
			Files.createDirectories(folder);
			for (BeirDocument d : dataset.documents()) {
				String title = d.title().replace("\"", "'");
				Files.writeString(folder.resolve(korquadFileName(d.id())),
						"---\ntitle: \"" + title + "\"\n---\n\n" + d.text() + "\n", StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the corpus to " + folder, e);
		}
	}

	private static Map<String, List<String>> readAnswers(Path file) {
		Map<String, List<String>> answers = new HashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = JSON.readTree(line);
				List<String> texts = new ArrayList<>();
				node.path("answers").forEach(a -> texts.add(a.asString()));
				answers.put(node.path("_id").asString(), texts);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
		return answers;
	}

}

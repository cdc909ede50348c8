package io.draftwave.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A question of the citation evaluation, with what a good draft cites.
 *
 * @param question the instructions given to the drafter
 * @param fileName the file of the passage that answers it, or null when the corpus does
 * not cover the question and the right draft is a refusal
 * @param phrase a phrase of that passage
 * @param answer a pattern any passage stating the answer matches
 */
public record CitationQuestion(String question, @Nullable String fileName, @Nullable String phrase,
		@Nullable Pattern answer) {

	/** True when the corpus does not cover the question. */
	public boolean expectsRefusal() {
		return fileName == null;
	}

	/**
	 * Reads a TSV with the header {@code question file phrase answer}; a row whose file
	 * is {@code -} is a question the corpus does not cover.
	 * @throws IllegalArgumentException naming the line of a row without four columns
	 */
	public static List<CitationQuestion> read(Path tsv) {
		List<String> lines;
		try {
			lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + tsv, ex);
		}
		List<CitationQuestion> questions = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] cells = lines.get(i).split("\t");
			if (cells.length != 4) {
				throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 4 tab-separated columns "
						+ "(question, file, phrase, answer), found " + cells.length);
			}
			questions.add(cells[1].equals("-") ? new CitationQuestion(cells[0], null, null, null)
					: new CitationQuestion(cells[0], cells[1], cells[2], Pattern.compile(cells[3])));
		}
		return questions;
	}

}

package io.draftwave.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A question of the answer evaluation, with its gold answer and the passage it comes
 * from.
 *
 * @param question the instructions given to the drafter
 * @param goldFile the file name of the document holding the answer
 * @param phrase words of the gold passage within that file, or null when every passage of
 * the file is gold (a KorQuAD paragraph is one document)
 * @param answers gold answer strings; a text containing any of them (spaces ignored)
 * contains the answer
 * @param pattern instead of strings, a pattern a text stating the answer matches (runs of
 * white space read as one space), or null
 */
public record AnswerQuestion(String question, String goldFile, @Nullable String phrase, List<String> answers,
		@Nullable Pattern pattern) {

	private static final Pattern MARKER = Pattern.compile("\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*]");

	public AnswerQuestion {
		answers = List.copyOf(answers);
		if (answers.isEmpty() && pattern == null) {
			throw new IllegalArgumentException("a question needs gold answers or an answer pattern: " + question);
		}
	}

	/**
	 * Whether the text states the answer, markers left out: "참여 인원은 847명이다 [1]." contains
	 * the answer "847 명" and "847명".
	 */
	public boolean answeredBy(String text) {
		String plain = withoutMarkers(text);
		if (pattern != null) {
			return pattern.matcher(squeeze(plain)).find();
		}
		String spaceless = spaceless(plain);
		return answers.stream().map(AnswerQuestion::spaceless).anyMatch(a -> !a.isEmpty() && spaceless.contains(a));
	}

	/** The text without its citation markers. */
	static String withoutMarkers(String text) {
		return MARKER.matcher(text).replaceAll("");
	}

	static String squeeze(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	private static String spaceless(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
	}

}

package io.draftwave.conversations;

import java.util.ArrayList;
import java.util.List;

import io.draftwave.corpus.Language;

/**
 * The context of a follow-up question: the latest {@value #CONTEXT_TURNS} earlier lines
 * of a conversation, appended to the question under {@code "이전 대화:"} (Korean) or
 * {@code "Earlier conversation:"} (English), one line per turn as {@code role: text},
 * each cut to {@value #CONTEXT_TURN_CHARS} characters. For example <pre>
 * user: 교육 참여 인원은? / assistant: 847명입니다 [1]. / user: 만족도는?
 * →
 * 만족도는?
 *
 * 이전 대화:
 * user: 교육 참여 인원은?
 * assistant: 847명입니다 [1].
 * </pre> The widget's kept conversations and {@code /v1}'s chats both use it. The context
 * words take part in source selection too, which helps follow-up questions and may pull
 * in sources about an earlier topic.
 */
public final class EarlierTurns {

	/** Earlier lines kept as context, the most recent ones. */
	public static final int CONTEXT_TURNS = 6;

	/** Characters kept of each earlier line. */
	public static final int CONTEXT_TURN_CHARS = 300;

	private EarlierTurns() {
	}

	/**
	 * One earlier line.
	 *
	 * @param role {@code user}, {@code assistant} or {@code system}
	 * @param text what was said; blank lines are left out
	 */
	public record Line(String role, String text) {
	}

	/**
	 * The question followed by the context of the earlier lines, oldest first; the
	 * question alone when there are none with text.
	 */
	public static String withContext(String question, List<Line> earlier, Language language) {
		List<String> lines = new ArrayList<>();
		for (Line line : earlier.subList(Math.max(0, earlier.size() - CONTEXT_TURNS), earlier.size())) {
			String text = line.text().strip().replaceAll("\\s+", " ");
			if (!text.isEmpty()) {
				String cut = text.length() > CONTEXT_TURN_CHARS ? text.substring(0, CONTEXT_TURN_CHARS) + "…" : text;
				lines.add(line.role() + ": " + cut);
			}
		}
		if (lines.isEmpty()) {
			return question;
		}
		return question + "\n\n" + (language == Language.KO ? "이전 대화:" : "Earlier conversation:") + "\n"
				+ String.join("\n", lines);
	}

}

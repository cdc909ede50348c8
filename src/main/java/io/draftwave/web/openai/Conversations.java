package io.draftwave.web.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftRequest;

/**
 * Turns a chat into a draft request. The last user message is the instructions, and its
 * language the draft's. Earlier turns (system, user, assistant) are context: the latest
 * {@value #CONTEXT_TURNS} of them are appended to the instructions under {@code "이전 대화:"}
 * (Korean) or {@code "Earlier conversation:"} (English), one line per turn as
 * {@code role: text}, each cut to {@value #CONTEXT_TURN_CHARS} characters. Turns after
 * the last user message (a trailing assistant prefill) are ignored. For example <pre>
 * system: 간결하게 답하세요 / user: 교육 참여 인원은? / assistant: 847명입니다 [1]. / user: 만족도는?
 * →
 * 만족도는?
 *
 * 이전 대화:
 * system: 간결하게 답하세요
 * user: 교육 참여 인원은?
 * assistant: 847명입니다 [1].
 * </pre> The context words take part in source selection too, which helps follow-up
 * questions and may pull in sources about an earlier topic.
 */
final class Conversations {

	/** Earlier turns kept as context, the most recent ones. */
	static final int CONTEXT_TURNS = 6;

	/** Characters kept of each earlier turn. */
	static final int CONTEXT_TURN_CHARS = 300;

	private Conversations() {
	}

	/**
	 * The draft request of a chat.
	 * @throws OpenAiException 400 when there are no messages or no user message with text
	 */
	static DraftRequest toRequest(ChatRequest chat, DraftKind kind) {
		List<ChatRequest.Message> messages = chat.messages() == null ? List.of() : chat.messages();
		if (messages.isEmpty()) {
			throw OpenAiException.invalid("'messages' must hold at least one message", "messages");
		}
		int last = lastUserMessage(messages);
		if (last < 0) {
			throw OpenAiException.invalid("'messages' must hold a user message with text content", "messages");
		}
		String instructions = messages.get(last).text().strip();
		Language language = Language.detect(instructions);
		String withContext = instructions + context(messages.subList(0, last), language);
		return new DraftRequest(kind, withContext, language,
				chat.documentIds() == null ? Set.of() : Set.copyOf(chat.documentIds()), DraftRequest.DEFAULT_K, false);
	}

	private static int lastUserMessage(List<ChatRequest.Message> messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			ChatRequest.Message m = messages.get(i);
			if (m != null && m.isUser() && !m.text().isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static String context(List<ChatRequest.Message> earlier, Language language) {
		List<String> lines = new ArrayList<>();
		for (ChatRequest.Message m : earlier.subList(Math.max(0, earlier.size() - CONTEXT_TURNS), earlier.size())) {
			String text = m == null ? "" : m.text().strip().replaceAll("\\s+", " ");
			if (!text.isEmpty()) {
				String cut = text.length() > CONTEXT_TURN_CHARS ? text.substring(0, CONTEXT_TURN_CHARS) + "…" : text;
				lines.add((m.role() == null ? "user" : m.role()) + ": " + cut);
			}
		}
		if (lines.isEmpty()) {
			return "";
		}
		return "\n\n" + (language == Language.KO ? "이전 대화:" : "Earlier conversation:") + "\n"
				+ String.join("\n", lines);
	}

}

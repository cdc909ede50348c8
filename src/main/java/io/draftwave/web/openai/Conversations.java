package io.draftwave.web.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.draftwave.conversations.EarlierTurns;
import io.draftwave.corpus.Language;
import io.draftwave.drafting.DraftKind;
import io.draftwave.drafting.DraftRequest;

/**
 * Turns a chat into a draft request. The last user message is the instructions, and its
 * language the draft's. Earlier turns (system, user, assistant) are context, appended to
 * the instructions by {@link EarlierTurns} (the latest
 * {@value EarlierTurns#CONTEXT_TURNS} of them, one line per turn as {@code role: text}).
 * Turns after the last user message (a trailing assistant prefill) are ignored. For
 * example <pre>
 * system: 간결하게 답하세요 / user: 교육 참여 인원은? / assistant: 847명입니다 [1]. / user: 만족도는?
 * →
 * 만족도는?
 *
 * 이전 대화:
 * system: 간결하게 답하세요
 * user: 교육 참여 인원은?
 * assistant: 847명입니다 [1].
 * </pre>
 */
final class Conversations {

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
		String withContext = EarlierTurns.withContext(instructions, lines(messages.subList(0, last)), language);
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

	private static List<EarlierTurns.Line> lines(List<ChatRequest.Message> earlier) {
		List<EarlierTurns.Line> lines = new ArrayList<>();
		for (ChatRequest.Message m : earlier) {
			if (m != null) {
				lines.add(new EarlierTurns.Line(m.role() == null ? "user" : m.role(), m.text()));
			}
		}
		return lines;
	}

}

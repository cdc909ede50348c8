package io.draftwave.web.openai;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/chat/completions}, as OpenAI defines it; other OpenAI
 * fields are accepted and ignored.
 *
 * @param model {@code draftwave-} and a draft kind
 * @param messages the conversation; the last user message is the request
 * @param stream answer as server-sent {@code chat.completion.chunk}s
 * @param temperature accepted for compatibility; the drafting settings decide
 * @param user accepted for compatibility
 * @param documentIds Draftwave's extra field: draw only on these documents
 */
record ChatRequest(@Nullable String model, @Nullable List<Message> messages, @Nullable Boolean stream,
		@Nullable Double temperature, @Nullable String user, @Nullable List<String> documentIds) {

	/**
	 * One turn.
	 *
	 * @param role system, developer, user, assistant or tool
	 * @param content a string, or an array of parts of which the {@code text} parts count
	 */
	record Message(@Nullable String role, @Nullable Object content) {

		/**
		 * The text of the turn: the string, or its text parts joined by new lines; ""
		 * when none.
		 */
		String text() {
			if (content instanceof String s) {
				return s;
			}
			if (content instanceof List<?> parts) {
				StringBuilder text = new StringBuilder();
				for (Object part : parts) {
					if (part instanceof Map<?, ?> map && "text".equals(map.get("type"))
							&& map.get("text") instanceof String t) {
						text.append(text.isEmpty() ? "" : "\n").append(t);
					}
				}
				return text.toString();
			}
			return "";
		}

		boolean isUser() {
			return "user".equals(role);
		}

	}

}

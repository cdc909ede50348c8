package io.draftwave.web.openai;

import io.draftwave.corpus.Language;
import io.draftwave.drafting.Draft;

/**
 * What an OpenAI-compatible reply says when the language model stopped before its draft
 * was complete and the extractive drafter stood in ({@link Draft#modelText()} set), in
 * the draft's language. A client of {@code /v1} reads only the content, so the content
 * says it; the {@code draftwave} field carries the warning with the reason and the
 * model's text. <pre>
 * after(draft)    "\n\n※ 언어 모델이 초안을 끝까지 쓰지 못해, 자료에서 발췌해 만든 초안으로 대신했습니다."
 * between(draft)  "\n\n※ 언어 모델이 여기서 멈췄습니다. 위의 글은 미완성입니다. 아래는 …\n\n"
 * </pre> Both are "" when the draft stands in for no model.
 */
final class StoppedModelNote {

	private StoppedModelNote() {
	}

	/** Ends a whole reply whose content is the extractive draft. */
	static String after(Draft draft) {
		if (draft.modelText() == null) {
			return "";
		}
		return draft.language() == Language.KO ? "\n\n※ 언어 모델이 초안을 끝까지 쓰지 못해, 자료에서 발췌해 만든 초안으로 대신했습니다."
				: "\n\nNote: the language model stopped before the draft was complete; this draft was assembled from the sources instead.";
	}

	/**
	 * Separates a streamed reply's unfinished model text from the extractive draft that
	 * follows.
	 */
	static String between(Draft draft) {
		if (draft.modelText() == null) {
			return "";
		}
		return draft.language() == Language.KO ? "\n\n※ 언어 모델이 여기서 멈췄습니다. 위의 글은 미완성입니다. 아래는 자료에서 발췌해 만든 초안입니다.\n\n"
				: "\n\nNote: the language model stopped here; the text above is incomplete. Below is a draft assembled from the sources.\n\n";
	}

}

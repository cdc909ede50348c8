package io.draftwave.web.openai;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.draftwave.drafting.DraftKind;

/** The OpenAI model names of the draft kinds: {@code draftwave-} and the kind's id. */
final class DraftModels {

	static final String PREFIX = "draftwave-";

	private DraftModels() {
	}

	/** Every model, in the order of {@link DraftKind}. */
	static List<String> names() {
		return Arrays.stream(DraftKind.values()).map(DraftModels::name).toList();
	}

	static String name(DraftKind kind) {
		return PREFIX + kind.id();
	}

	/**
	 * The kind a model names, ignoring case: {@code draftwave-press-release} →
	 * PRESS_RELEASE.
	 * @throws OpenAiException 404 {@code model_not_found} for any other name
	 */
	static DraftKind kind(String model) {
		String name = model.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(DraftKind.values())
			.filter(k -> name(k).equals(name))
			.findFirst()
			.orElseThrow(() -> OpenAiException.modelNotFound(model));
	}

}

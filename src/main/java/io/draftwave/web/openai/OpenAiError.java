package io.draftwave.web.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's error body: {@code {"error":{"message","type","param","code"}}}, nulls
 * included.
 */
record OpenAiError(Body error) {

	static OpenAiError of(String message, String type, @Nullable String param, @Nullable String code) {
		return new OpenAiError(new Body(message, type, param, code));
	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Body(String message, String type, @Nullable String param, @Nullable String code) {
	}

}

package io.draftwave.llm;

import java.util.List;

/** OpenAI's streaming chat completions wire format, as SSE text. */
public final class OpenAiStream {

	private OpenAiStream() {
	}

	/**
	 * One {@code data:} line per piece, a finish chunk, a usage chunk and {@code [DONE]}.
	 */
	public static String body(String model, List<String> pieces, int promptTokens, int completionTokens) {
		StringBuilder sse = new StringBuilder();
		pieces.forEach(piece -> sse.append(chunk(model, piece)));
		sse.append(data("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
				+ "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"));
		sse.append(data("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
				+ "\",\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
				+ completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}"));
		return sse.append(data("[DONE]")).toString();
	}

	public static String chunk(String model, String content) {
		return data("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
				+ "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}");
	}

	private static String data(String json) {
		return "data: " + json + "\n\n";
	}

}

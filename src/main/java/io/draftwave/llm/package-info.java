/**
 * Drafting with a language model. {@link io.draftwave.llm.OpenAiDrafter} masks personal
 * data in the prompt, streams the answer from any OpenAI-compatible server through
 * LangChain4j, bridges the callbacks to a Flux of draft output with its own first-piece,
 * idle and overall timeouts, and maps upstream failures in one place to retriable or not.
 * Calls to one endpoint share one HTTP client ({@link io.draftwave.llm.ModelConnections})
 * and its kept-alive connections; a cancelled call ends only its own exchange. Configured
 * by {@link io.draftwave.llm.LlmProperties} ({@code draftwave.llm}); without a base URL
 * no model drafter exists. {@link io.draftwave.llm.OpenAiPlanProposer} asks the same
 * model, at temperature 0 and through a JSON schema response format, for the plan of a
 * question over the tables as a JSON object of the closed plan shape
 * ({@link io.draftwave.llm.PlanJson}); the tables check it before it runs.
 * {@link io.draftwave.llm.LangChainEmbedder} gives the search index its passage and query
 * vectors, from an ONNX model run in-process (English) or any OpenAI-compatible
 * embeddings endpoint (every language), as {@code draftwave.embeddings.provider} chooses.
 */
@NullMarked
package io.draftwave.llm;

import org.jspecify.annotations.NullMarked;

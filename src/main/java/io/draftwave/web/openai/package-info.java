/**
 * An OpenAI-compatible face of drafting for office tools: {@code GET /v1/models} lists
 * one model per draft kind ({@code draftwave-answer}, …) and
 * {@code POST /v1/chat/completions} turns a chat into a draft request, answering with a
 * {@code chat.completion} or a stream of {@code chat.completion.chunk}s. Replies keep
 * their {@code [n]} markers, end with a readable sources list, and carry the citations in
 * an extra {@code citations} field. Errors take OpenAI's shape
 * {@code {"error":{"message","type","param","code"}}}. The wire records stay in this
 * package.
 */
@NullMarked
package io.draftwave.web.openai;

import org.jspecify.annotations.NullMarked;

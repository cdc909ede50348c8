/**
 * Conversations kept per key: the widget's questions and the drafts that answered them,
 * so that an official can list them, reopen one on another day or machine, ask a
 * follow-up that builds on the earlier turns, and delete it. A
 * {@link io.draftwave.conversations.Conversation} belongs to the key that started it and
 * is titled by its first question, personal data masked; each
 * {@link io.draftwave.conversations.Turn} holds the question, its kind, language and
 * document filter, and the id of its draft, which the review package keeps
 * ({@link io.draftwave.review.DraftStore}) and reads back. A follow-up's request carries
 * the latest earlier turns as context ({@link io.draftwave.conversations.EarlierTurns},
 * as {@code /v1} does with a chat's messages).
 * {@link io.draftwave.conversations.KeptConversations} decides who sees what: only the
 * owner; anyone else is told the conversation does not exist. Deleting a conversation
 * leaves its drafts kept for review and audit.
 */
@NullMarked
package io.draftwave.conversations;

import org.jspecify.annotations.NullMarked;

package io.draftwave.web;

/**
 * No conversation with this id, or it is another key's: the two are answered alike, so an
 * official learns nothing about another's conversations.
 */
class ConversationNotFoundException extends RuntimeException {

	ConversationNotFoundException(String conversationId) {
		super("no conversation of yours has the id '" + conversationId + "'");
	}

}

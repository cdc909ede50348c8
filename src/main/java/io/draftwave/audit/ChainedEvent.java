package io.draftwave.audit;

/**
 * An event as stored: its place in the chain, the hash of the event before it and its own
 * hash.
 *
 * @param seq its number, 1 for the first event ever written; numbers are never reused
 * @param event what happened
 * @param prevHash the hash of event {@code seq - 1} ({@link AuditChain#GENESIS} for the
 * first)
 * @param hash the SHA-256 of this event's canonical form, see {@link AuditChain}
 */
public record ChainedEvent(long seq, AuditEvent event, String prevHash, String hash) {
}
